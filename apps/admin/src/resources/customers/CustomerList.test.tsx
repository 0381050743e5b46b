import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
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

  it('hides create, delete and the bin from read-only roles', async () => {
    render(
      <TestAdmin resource="customers" dataProvider={fakeDataProvider(db)} authProvider={fakeAuthProvider(['marketer'])}>
        <CustomerList />
      </TestAdmin>,
    );
    await screen.findByText('Acme Ltd');
    expect(screen.queryByRole('link', { name: 'Create' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Bin' })).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /select all/i })).not.toBeInTheDocument();
  });
});
