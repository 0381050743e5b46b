import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { DashboardTile, DashboardTileItem } from '../providers/types';
import { TestAdmin } from '../test/TestAdmin';
import { fakeDataProvider } from '../test/fakeDataProvider';
import { Dashboard } from './Dashboard';

const tile = (overrides: Partial<DashboardTile> & Pick<DashboardTile, 'id' | 'kind' | 'label'>): DashboardTile => ({
  link: null,
  itemLabels: null,
  statusLabels: null,
  value: null,
  amounts: null,
  items: null,
  failed: false,
  ...overrides,
});
const item = (overrides: Partial<DashboardTileItem> & { key: string }): DashboardTileItem => ({
  label: null,
  detail: null,
  value: null,
  status: null,
  date: null,
  link: null,
  figures: null,
  ...overrides,
});

const TILES: DashboardTile[] = [
  tile({
    id: 'customers.by_stage',
    kind: 'breakdown',
    label: 'crm.dashboard.tiles.customers_by_stage',
    itemLabels: 'crm.enums.lifecycleStage',
    link: '/customers',
    value: 3,
    items: [
      item({ key: 'exploration', value: 1, link: '/customers?filter=%7B%22lifecycleStage%22%3A%22exploration%22%7D' }),
      item({ key: 'formation', value: 2, link: '/customers?filter=%7B%22lifecycleStage%22%3A%22formation%22%7D' }),
    ],
  }),
  tile({
    id: 'orders.awaiting_payment',
    kind: 'number',
    label: 'crm.dashboard.tiles.orders_awaiting_payment',
    link: '/orders?filter=%7B%22outstanding%22%3Atrue%7D',
    value: 1234,
  }),
  tile({
    id: 'orders.outstanding_amount',
    kind: 'money',
    label: 'crm.dashboard.tiles.outstanding_amount',
    amounts: [{ currency: 'CNY', amount: '12500.5' }],
  }),
  tile({
    id: 'imports.recent',
    kind: 'recent',
    label: 'crm.dashboard.tiles.recent_imports',
    statusLabels: 'crm.dashboard.import_status',
    items: [
      item({
        key: 'i1',
        label: 'leads.csv',
        status: 'completed',
        date: '2026-03-02T08:00:00Z',
        link: '/import?id=i1',
        figures: { created: 12, updated: 3, failed: 1 },
      }),
    ],
  }),
];

const renderDashboard = (tiles: DashboardTile[] | (() => Promise<DashboardTile[]>), locale = 'en') => {
  const dataProvider = fakeDataProvider();
  dataProvider.listDashboardTiles = vi.fn(typeof tiles === 'function' ? tiles : async () => tiles);
  render(
    <TestAdmin dataProvider={dataProvider} locale={locale}>
      <Dashboard />
    </TestAdmin>,
  );
  return dataProvider;
};

describe('Dashboard', () => {
  it('renders each tile by kind with translated labels, formatted figures and links to the filtered lists', async () => {
    renderDashboard(TILES);
    const stages = await screen.findByRole('region', { name: 'Customers by lifecycle stage' });
    const formation = within(stages).getByRole('link', { name: /Formation/ });
    expect(formation).toHaveTextContent('2');
    expect(formation).toHaveAttribute('href', expect.stringContaining('lifecycleStage%22%3A%22formation'));

    const awaiting = screen.getByRole('region', { name: 'Orders awaiting payment' });
    expect(within(awaiting).getByText('1,234')).toBeInTheDocument();
    expect(within(awaiting).getByRole('link', { name: 'View' })).toHaveAttribute(
      'href',
      expect.stringContaining('/orders?filter=%7B%22outstanding%22%3Atrue%7D'),
    );

    const money = screen.getByRole('region', { name: 'Outstanding amount' });
    expect(within(money).getByText('12,500.50 CNY')).toBeInTheDocument();

    const imports = screen.getByRole('region', { name: 'Recent imports' });
    expect(within(imports).getByText('leads.csv')).toBeInTheDocument();
    expect(within(imports).getByText('Completed')).toBeInTheDocument();
    expect(within(imports).getByText('12 created · 3 updated · 1 refused')).toBeInTheDocument();
    expect(within(imports).getByRole('link', { name: /leads\.csv/ })).toHaveAttribute(
      'href',
      expect.stringContaining('/import?id=i1'),
    );
  });

  it('speaks Chinese in the Chinese UI', async () => {
    renderDashboard(TILES, 'zh');
    const stages = await screen.findByRole('region', { name: '各生命周期阶段的客户' });
    expect(within(stages).getByRole('link', { name: /^考察期/ })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '待回款订单' })).toHaveTextContent('1,234');
    expect(screen.getByRole('region', { name: '最近的导入' })).toHaveTextContent('新建 12 · 更新 3 · 拒绝 1');
  });

  it('shows a skeleton while loading, then the tiles', async () => {
    let answer: (tiles: DashboardTile[]) => void = () => undefined;
    renderDashboard(() => new Promise<DashboardTile[]>((resolve) => (answer = resolve)));
    expect(await screen.findByTestId('dashboard-loading')).toBeInTheDocument();
    answer(TILES.slice(1, 2));
    expect(await screen.findByRole('region', { name: 'Orders awaiting payment' })).toBeInTheDocument();
    expect(screen.queryByTestId('dashboard-loading')).not.toBeInTheDocument();
  });

  it('says so when there is no tile to show', async () => {
    renderDashboard([]);
    expect(await screen.findByText('Nothing to show on your dashboard yet.')).toBeInTheDocument();
  });

  it('shows an error with a retry that loads the tiles again', async () => {
    let offline = true;
    renderDashboard(async () => {
      if (offline) throw new Error('offline');
      return TILES.slice(1, 2);
    });
    const retry = await screen.findByRole('button', { name: 'Retry' }, { timeout: 10_000 });
    expect(screen.getByText('The dashboard could not be loaded.')).toBeInTheDocument();
    offline = false;
    await userEvent.click(retry);
    expect(await screen.findByRole('region', { name: 'Orders awaiting payment' })).toBeInTheDocument();
  });

  it('marks a tile whose figure failed and still shows the others', async () => {
    renderDashboard([{ ...TILES[1], failed: true, value: null }, TILES[2]]);
    const failed = await screen.findByRole('region', { name: 'Orders awaiting payment' });
    expect(within(failed).getByText('This figure could not be computed.')).toBeInTheDocument();
    expect(screen.getByText('12,500.50 CNY')).toBeInTheDocument();
  });
});
