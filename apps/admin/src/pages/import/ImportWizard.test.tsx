import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { ImportWizard } from './ImportWizard';

const IMPORT = {
  id: 'i1',
  entity: 'customers' as const,
  fileName: 'customers.csv',
  format: 'csv' as const,
  dryRun: true,
  status: 'completed' as const,
  totalRows: 5,
  processedRows: 5,
  created: 2,
  updated: 1,
  failed: 2,
  errorCount: 2,
  ignoredColumns: ['fax'],
  error: null,
  errors: [
    { row: 3, field: 'email', message: 'email must be a valid email address' },
    { row: 5, field: 'region', message: 'region "mars" is not an active region' },
  ],
  createdById: 'u-admin',
  startedAt: '2026-11-22T10:00:00Z',
  finishedAt: '2026-11-22T10:00:01Z',
  createdAt: '2026-11-22T10:00:00Z',
};

// What GET /imports/entities answers: the entities the user may import, from every module's registry.
const column = (field: string, label: string, required = false) => ({
  field,
  label,
  type: 'text',
  required,
  note: null,
});
const ENTITIES = [
  { id: 'contacts', label: 'Contacts', columns: [column('customerCode', 'Customer code', true)], template: '' },
  {
    id: 'customers',
    label: 'Customers',
    columns: [column('code', 'Code'), column('name', 'Name')],
    template: '',
  },
  { id: 'kb_articles', label: 'Knowledge articles', columns: [column('title', 'Title', true)], template: '' },
];
const db = { 'importable-entities': ENTITIES };

const uploadAndRun = async () => {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Next' }));
  const file = new File(['code,name\nC-1,Acme\n'], 'customers.csv', { type: 'text/csv' });
  await user.upload(screen.getByTestId('import-file'), file);
  expect(screen.getByText('customers.csv')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Check the file' }));
  return file;
};

describe('ImportWizard', () => {
  it('offers the entities the API registry lists, with their columns', async () => {
    const user = userEvent.setup();
    const dataProvider = fakeDataProvider(db);
    dataProvider.startImport = vi.fn(async () => IMPORT);
    render(
      <TestAdmin dataProvider={dataProvider}>
        <ImportWizard />
      </TestAdmin>,
    );
    const choices = await screen.findByRole('radiogroup', { name: 'What to import' });
    await waitFor(() =>
      expect(
        within(choices)
          .getAllByRole('radio')
          .map((r) => r.getAttribute('value')),
      ).toEqual(['contacts', 'customers', 'kb_articles']),
    );
    // Customers first when offered; a module the admin has no labels for shows the API's label.
    expect(within(choices).getByRole('radio', { name: 'Customers' })).toBeChecked();
    expect(screen.getByText('Columns: Code, Name (* required)')).toBeInTheDocument();
    await user.click(within(choices).getByRole('radio', { name: 'Knowledge articles' }));
    expect(screen.getByText('Columns: Title * (* required)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Next' }));
    await user.upload(screen.getByTestId('import-file'), new File(['title\nHow to\n'], 'kb.csv'));
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    await waitFor(() =>
      expect(dataProvider.startImport).toHaveBeenCalledWith(expect.objectContaining({ entity: 'kb_articles' })),
    );
  });

  it('uploads the file as a dry run and lists the refused rows with counts', async () => {
    const dataProvider = fakeDataProvider(db);
    dataProvider.startImport = vi.fn(async () => IMPORT);
    render(
      <TestAdmin dataProvider={dataProvider}>
        <ImportWizard />
      </TestAdmin>,
    );
    const file = await uploadAndRun();
    const table = await screen.findByRole('table', { name: 'Rows refused' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('3')).toBeInTheDocument();
    expect(within(rows[1]).getByText('email')).toBeInTheDocument();
    expect(within(rows[1]).getByText('email must be a valid email address')).toBeInTheDocument();
    expect(within(rows[2]).getByText('region "mars" is not an active region')).toBeInTheDocument();
    expect(screen.getByText('2 created')).toBeInTheDocument();
    expect(screen.getByText('1 updated')).toBeInTheDocument();
    expect(screen.getByText('2 refused')).toBeInTheDocument();
    expect(screen.getByText('Dry run finished: nothing was saved')).toBeInTheDocument();
    expect(screen.getByText(/were skipped: fax/)).toBeInTheDocument();
    expect(dataProvider.startImport).toHaveBeenCalledWith({ entity: 'customers', file, dryRun: true });
  });

  it('follows a background import until its report is ready', async () => {
    const dataProvider = fakeDataProvider(db);
    const queued = {
      ...IMPORT,
      status: 'queued' as const,
      totalRows: null,
      processedRows: 0,
      errors: [],
      errorCount: 0,
    };
    dataProvider.startImport = vi.fn(async () => queued);
    dataProvider.getImport = vi
      .fn()
      .mockResolvedValueOnce({ ...queued, status: 'running', totalRows: 10, processedRows: 5 })
      .mockResolvedValue({ ...IMPORT, totalRows: 10, processedRows: 10 });
    render(
      <TestAdmin dataProvider={dataProvider}>
        <ImportWizard />
      </TestAdmin>,
    );
    await uploadAndRun();
    await waitFor(() =>
      expect(screen.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('aria-valuenow', '50'),
    );
    expect(await screen.findByRole('table', { name: 'Rows refused' }, { timeout: 4000 })).toBeInTheDocument();
    expect(dataProvider.getImport).toHaveBeenCalledWith('i1');
  });

  it('opens the report of the import a link names (a notification, the dashboard)', async () => {
    window.location.hash = '#/import?id=i1';
    try {
      render(
        <TestAdmin dataProvider={fakeDataProvider({ imports: [{ ...IMPORT, dryRun: false }] })}>
          <ImportWizard />
        </TestAdmin>,
      );
      const report = await screen.findByRole('region', { name: 'customers.csv' });
      expect(within(report).getByText('2 created')).toBeInTheDocument();
      expect(within(report).getByText('email must be a valid email address')).toBeInTheDocument();
    } finally {
      window.location.hash = '';
    }
  });
});
