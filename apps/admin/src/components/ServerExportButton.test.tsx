import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ListContextProvider, type ListControllerResult } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { TestAdmin } from '../test/TestAdmin';
import { fakeDataProvider } from '../test/fakeDataProvider';
import { ServerExportButton } from './ServerExportButton';

vi.mock('./saveDownload', () => ({ saveDownload: vi.fn() }));

// What GET /exports/sources answers: the lists every module declared.
const db = { 'exportable-lists': [{ id: 'customers', label: 'Customers' }] };
const list = { filterValues: { status: 'active' }, sort: { field: 'name', order: 'ASC' }, total: 3 };

const renderButton = (resource: string) => {
  const dataProvider = fakeDataProvider(db);
  dataProvider.exportRecords = vi.fn(async () => ({ blob: new Blob(['']), fileName: 'x.csv' }));
  dataProvider.listExportableLists = vi.fn(dataProvider.listExportableLists);
  render(
    <TestAdmin dataProvider={dataProvider}>
      <ListContextProvider value={list as unknown as ListControllerResult}>
        <ServerExportButton resource={resource} />
      </ListContextProvider>
    </TestAdmin>,
  );
  return dataProvider;
};

describe('ServerExportButton', () => {
  it('exports a list the API registry has, with the list’s filters', async () => {
    const user = userEvent.setup();
    const dataProvider = renderButton('customers');
    await user.click(await screen.findByRole('button', { name: 'Export' }));
    await user.click(await screen.findByRole('menuitem', { name: /CSV/ }));
    await waitFor(() =>
      expect(dataProvider.exportRecords).toHaveBeenCalledWith('customers', 'csv', { status: 'active' }, list.sort),
    );
  });

  it('is not offered for a list the registry lacks', async () => {
    const dataProvider = renderButton('campaigns');
    const sources = vi.mocked(dataProvider.listExportableLists);
    await waitFor(() => expect(sources).toHaveBeenCalled());
    await act(() => sources.mock.results[0].value);
    expect(screen.queryByRole('button', { name: 'Export' })).not.toBeInTheDocument();
  });
});
