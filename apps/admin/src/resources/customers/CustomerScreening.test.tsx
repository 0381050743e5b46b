import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListBase, RecordContextProvider, SimpleForm } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { CustomerInputs } from './CustomerInputs';
import { CustomerListFilter } from './CustomerListFilter';
import { CustomerOverview } from './CustomerOverview';

// Prospect screening (SPEC 1.7): fit score and grade on the customer page, the grade as a list
// filter and as a hand-settable classification.
const prospect = {
  id: 'c1',
  code: 'C-000001',
  name: 'Acme Ltd',
  kind: 'enterprise',
  status: 'prospect',
  industry: null,
  region: null,
  source: null,
  ownerId: null,
  tags: [],
  valueTier: null,
  abcClass: null,
  valueGroup: null,
  stability: null,
  behaviour: null,
  behaviourAction: null,
  lifecycleStage: 'exploration',
  fitScore: 82,
  screeningGrade: 'eliminate',
  classificationOverrides: ['screeningGrade'],
  orderCount: 0,
  totalRevenue: '0.00',
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 3,
};

const db = { customers: [prospect], 'dictionary-entries': [], 'lifecycle-changes': [] };

describe('prospect screening in the admin', () => {
  it('shows the fit score and a hand-set grade with its badge on the customer page', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)}>
        <RecordContextProvider value={prospect}>
          <CustomerOverview />
        </RecordContextProvider>
      </TestAdmin>,
    );
    // A Labeled is its label and the field.
    const labeled = async (label: string) =>
      (await screen.findByText(label)).closest('.RaLabeled-label')?.parentElement as HTMLElement;
    const grade = await labeled('Screening grade');
    expect(within(grade).getByText('Eliminate')).toBeInTheDocument();
    expect(within(grade).getByText('Set by hand')).toBeInTheDocument();
    expect(within(await labeled('Fit score')).getByText('82')).toBeInTheDocument();
  });

  it('names the grades in Chinese', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)} locale="zh">
        <RecordContextProvider value={{ ...prospect, screeningGrade: 'a', classificationOverrides: [] }}>
          <CustomerOverview />
        </RecordContextProvider>
      </TestAdmin>,
    );
    expect(await screen.findByText('A类（重点开发）')).toBeInTheDocument();
    expect(screen.getByText('甄别等级')).toBeInTheDocument();
    expect(screen.queryByText('手动设定')).not.toBeInTheDocument();
  });

  it('filters the list by grade from the sidebar', async () => {
    const dataProvider = fakeDataProvider(db);
    render(
      <TestAdmin resource="customers" dataProvider={dataProvider}>
        <ListBase resource="customers">
          <CustomerListFilter />
        </ListBase>
      </TestAdmin>,
    );
    await userEvent.setup().click(await screen.findByRole('button', { name: 'A – pursue now' }));
    await waitFor(() =>
      expect(dataProvider.getList).toHaveBeenLastCalledWith(
        'customers',
        expect.objectContaining({ filter: { screeningGrade: 'a' } }),
      ),
    );
  });

  it('lets staff set the grade by hand in the edit form', async () => {
    const onSubmit = vi.fn();
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)}>
        <RecordContextProvider value={prospect}>
          <SimpleForm record={prospect} onSubmit={onSubmit}>
            <CustomerInputs mode="edit" />
          </SimpleForm>
        </RecordContextProvider>
      </TestAdmin>,
    );
    const user = userEvent.setup();
    // Listed among the classifications that can be handed back to the job.
    expect(await screen.findByRole('checkbox', { name: 'Screening grade' })).toBeChecked();
    await user.click(screen.getByRole('combobox', { name: 'Screening grade' }));
    await user.click(await screen.findByRole('option', { name: 'A – pursue now' }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalled());
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ screeningGrade: 'a' });
  });
});
