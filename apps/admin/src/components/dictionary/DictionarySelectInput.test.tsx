import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordContextProvider, SimpleForm } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { DictionaryField } from './DictionaryField';
import { DictionarySelectInput } from './DictionarySelectInput';

const entry = (id: string, key: string, labelEn: string, labelZh: string, sortOrder: number, active = true) => ({
  id,
  type: 'region',
  key,
  labelEn,
  labelZh,
  sortOrder,
  active,
});

const db = {
  'dictionary-entries': [
    entry('d1', 'east_china', 'East China', '华东', 10),
    entry('d2', 'north_china', 'North China', '华北', 20),
    entry('d3', 'overseas', 'Overseas', '海外', 30, false),
    { ...entry('d4', 'retail', 'Retail', '零售', 10), type: 'industry' },
  ],
};

const renderForm = (locale: string, record: Record<string, unknown> = {}) =>
  render(
    <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)} locale={locale}>
      <SimpleForm record={record} toolbar={false}>
        <DictionarySelectInput type="region" source="region" />
      </SimpleForm>
    </TestAdmin>,
  );

describe('DictionarySelectInput', () => {
  it('offers the active entries of its list with their Chinese labels in 中文', async () => {
    renderForm('zh');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: '地区' }));
    const options = within(await screen.findByRole('listbox')).getAllByRole('option');
    expect(options.map((o) => o.textContent?.trim())).toEqual(['', '华东', '华北']);
  });

  it('offers English labels in English', async () => {
    renderForm('en');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('combobox', { name: 'Region' }));
    const listbox = await screen.findByRole('listbox');
    expect(within(listbox).getByRole('option', { name: 'East China' })).toBeInTheDocument();
    expect(within(listbox).queryByRole('option', { name: /Retail/ })).not.toBeInTheDocument();
  });

  it('still shows a retired entry the record holds', async () => {
    renderForm('zh', { region: 'overseas' });
    expect(await screen.findByText(/海外/)).toBeInTheDocument();
  });
});

describe('DictionaryField', () => {
  it('shows the label of the stored key in the current locale', async () => {
    render(
      <TestAdmin dataProvider={fakeDataProvider(db)} locale="zh">
        <RecordContextProvider value={{ id: 'c1', region: 'north_china' }}>
          <DictionaryField type="region" source="region" />
        </RecordContextProvider>
      </TestAdmin>,
    );
    expect(await screen.findByText('华北')).toBeInTheDocument();
  });
});
