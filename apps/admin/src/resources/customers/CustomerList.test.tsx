import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TestAdmin, fakeAuthProvider } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { CustomerList } from './CustomerList';

const customer = (overrides: { id: string } & Record<string, unknown>) => ({
  code: 'C-000001',
  kind: 'enterprise',
  status: 'active',
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
  lifecycleStage: 'exploration',
  classificationOverrides: [],
  lastOrderAt: null,
  totalRevenue: '0.00',
  deletedAt: null,
  createdAt: '2026-01-01T00:00:00Z',
  ...overrides,
});

const db = {
  customers: [
    customer({
      id: 'c1',
      code: 'C-000001',
      name: '上海华信贸易有限公司',
      kind: 'channel',
      status: 'active',
      valueTier: 'vip',
      abcClass: 'A',
      lifecycleStage: 'stability',
      region: 'east_china',
      totalRevenue: '125000.00',
    }),
    customer({ id: 'c2', code: 'C-000002', name: 'Acme Ltd', status: 'prospect', lifecycleStage: 'exploration' }),
  ],
  staff: [{ id: 's1', name: 'Wang Fang', active: true, roles: ['account_manager'] }],
  'dictionary-entries': [
    {
      id: 'd1',
      type: 'region',
      key: 'east_china',
      labelEn: 'East China',
      labelZh: '华东',
      sortOrder: 10,
      active: true,
    },
  ],
};

/** Ticks the row checkbox of each named customer. */
async function selectRows(names: string[]) {
  const user = userEvent.setup();
  for (const name of names) {
    const row = (await screen.findByText(name)).closest('tr') as HTMLElement;
    await user.click(within(row).getByRole('checkbox'));
  }
}

describe('CustomerList', () => {
  // List filters live in the URL; start every test from a clean one.
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('renders one row per customer with translated classifications and dictionary labels', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)}>
        <CustomerList />
      </TestAdmin>,
    );
    const row = (await screen.findByText('上海华信贸易有限公司')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('VIP')).toBeInTheDocument();
    expect(within(row).getByText('Stability')).toBeInTheDocument();
    expect(await within(row).findByText('East China')).toBeInTheDocument();
    expect(within(row).getByText('125,000.00')).toBeInTheDocument();
    const acme = screen.getByText('Acme Ltd').closest('tr') as HTMLElement;
    expect(within(acme).getByText('Prospect')).toBeInTheDocument();
    expect(within(acme).getByText('Exploration')).toBeInTheDocument();
  });

  it('shows the same enums in Chinese', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)} locale="zh">
        <CustomerList />
      </TestAdmin>,
    );
    const row = (await screen.findByText('上海华信贸易有限公司')).closest('tr') as HTMLElement;
    expect(within(row).getByText('VIP客户')).toBeInTheDocument();
    expect(within(row).getByText('稳定期')).toBeInTheDocument();
    expect(within(row).getByText('活跃')).toBeInTheDocument();
    expect(await within(row).findByText('华东')).toBeInTheDocument();
  });

  it('sends the search and the sidebar filters as API query parameters', async () => {
    const dataProvider = fakeDataProvider(db);
    render(
      <TestAdmin resource="customers" dataProvider={dataProvider}>
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    const user = userEvent.setup();
    await user.type(screen.getByPlaceholderText('Search'), 'acme');
    // The search box is debounced: let it reach the API before the next filter.
    await waitFor(() =>
      expect(dataProvider.getList).toHaveBeenLastCalledWith(
        'customers',
        expect.objectContaining({ filter: { q: 'acme' } }),
      ),
    );
    // Sidebar quick filters: value tier and lifecycle stage.
    await user.click(screen.getByRole('button', { name: 'VIP' }));
    await user.click(screen.getByRole('button', { name: 'Formation' }));
    await waitFor(() =>
      expect(dataProvider.getList).toHaveBeenLastCalledWith(
        'customers',
        expect.objectContaining({
          filter: { q: 'acme', valueTier: 'vip', lifecycleStage: 'formation' },
          sort: { field: 'createdAt', order: 'DESC' },
        }),
      ),
    );
  });

  it('hides create, delete, bulk changes and the bin from read-only roles, but lets them print labels', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)} authProvider={fakeAuthProvider(['marketer'])}>
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bin' })).not.toBeInTheDocument();
    await selectRows(['Acme Ltd']);
    expect(await screen.findByRole('button', { name: 'Print labels' })).toBeInTheDocument();
    for (const name of ['Assign owner', 'Change status', 'Tags', 'Delete'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  });

  it('offers account managers bulk status and tags but not another owner', async () => {
    render(
      <TestAdmin
        resource="customers"
        dataProvider={fakeDataProvider(db)}
        authProvider={fakeAuthProvider(['account_manager'])}
      >
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    await selectRows(['Acme Ltd']);
    expect(await screen.findByRole('button', { name: 'Change status' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tags' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Assign owner' })).not.toBeInTheDocument();
  });

  it('assigns an owner to the selected customers in one call and reports the outcome', async () => {
    const dataProvider = fakeDataProvider(db);
    render(
      <TestAdmin resource="customers" dataProvider={dataProvider}>
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    await selectRows(['上海华信贸易有限公司', 'Acme Ltd']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Assign owner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Assign an owner to 2 customers' });
    await user.type(within(dialog).getByRole('combobox', { name: /Owner/ }), 'Wang');
    await user.click(await screen.findByRole('option', { name: 'Wang Fang' }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    await waitFor(() =>
      expect(dataProvider.bulkUpdateCustomers).toHaveBeenCalledWith(expect.arrayContaining(['c1', 'c2']), {
        ownerId: 's1',
      }),
    );
    expect(await screen.findByText('2 customers updated')).toBeInTheDocument();
    // Done: the selection is cleared and the dialog closed.
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    for (const box of screen.getAllByRole('checkbox')) expect(box).not.toBeChecked();
  });

  it('names the customers that could not be changed and keeps them selected', async () => {
    const dataProvider = fakeDataProvider(db);
    vi.mocked(dataProvider.bulkUpdateCustomers).mockResolvedValue({
      updated: 1,
      unchanged: 0,
      failed: [{ id: 'c2', code: 'not_found', message: 'Customer c2 was not found' }],
    });
    render(
      <TestAdmin resource="customers" dataProvider={dataProvider}>
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    await selectRows(['上海华信贸易有限公司', 'Acme Ltd']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Change status' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('combobox', { name: /Status/ }));
    await user.click(await screen.findByRole('option', { name: 'Lost' }));
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));

    expect(
      await screen.findByText(
        '1 customer updated, 1 could not be changed: Acme Ltd (no longer exists or is not yours to change)',
      ),
    ).toBeInTheDocument();
    expect(dataProvider.bulkUpdateCustomers).toHaveBeenCalledWith(expect.arrayContaining(['c1', 'c2']), {
      status: 'lost',
    });
    expect(screen.getByText('1 item selected')).toBeInTheDocument();
  });

  it('adds tags to the selected customers, and asks for a tag first', async () => {
    const dataProvider = fakeDataProvider(db);
    render(
      <TestAdmin resource="customers" dataProvider={dataProvider}>
        <CustomerList />
      </TestAdmin>,
    );
    await selectRows(['Acme Ltd']);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tags' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change the tags of 1 customer' });
    // Nothing to apply until a tag is entered; a tag entered and taken out again is refused.
    expect(within(dialog).getByRole('button', { name: 'Apply' })).toBeDisabled();
    const add = within(dialog).getByRole('combobox', { name: 'Add tags' });
    await user.type(add, 'old{Enter}{Backspace}');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    expect(await within(dialog).findByText('Enter tags to add or to remove')).toBeInTheDocument();
    expect(dataProvider.bulkUpdateCustomers).not.toHaveBeenCalled();

    await user.type(add, 'key-account{Enter}');
    await user.click(within(dialog).getByRole('button', { name: 'Apply' }));
    await waitFor(() =>
      expect(dataProvider.bulkUpdateCustomers).toHaveBeenCalledWith(['c2'], { addTags: ['key-account'] }),
    );
  });

  it('lets the user show more columns and hide default ones', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)}>
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    expect(screen.queryByRole('columnheader', { name: 'Phone' })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Revenue' })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Columns' }));
    await user.click(await screen.findByRole('switch', { name: 'Phone' }));
    await user.click(screen.getByRole('switch', { name: 'Revenue' }));
    await user.keyboard('{Escape}');
    expect(await screen.findByRole('columnheader', { name: 'Phone' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Revenue' })).not.toBeInTheDocument();
  });

  it('opens the label page for the selected customers', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)}>
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    await selectRows(['Acme Ltd']);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Print labels' }));
    await waitFor(() => expect(window.location.hash).toBe('#/customers/labels?ids=c2'));
  });
});
