import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { ApiKeyCreate } from './ApiKeyCreate';

const CATALOG = [
  { id: 'users.manage', key: 'users.manage', module: 'core', description: 'Manage users', roles: [] },
  { id: 'customers.read', key: 'customers.read', module: 'customers', description: 'Read', roles: ['executive'] },
  { id: 'orders.export', key: 'orders.export', module: 'customers', description: 'Export', roles: ['executive'] },
];

describe('ApiKeyCreate', () => {
  it('chooses the scopes from the catalog, grouped by module, in the UI language', async () => {
    const dataProvider = fakeDataProvider({ permissions: CATALOG, 'api-keys': [] });
    const create = vi.spyOn(dataProvider, 'create');
    render(
      <TestAdmin resource="api-keys" dataProvider={dataProvider} locale="zh">
        <ApiKeyCreate />
      </TestAdmin>,
    );
    const user = userEvent.setup();
    expect(await screen.findByRole('group', { name: '系统管理' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '客户与订单' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/名称/), 'BI export');
    await user.click(screen.getByLabelText('查看客户、联系人和互动 (customers.read)'));
    await user.click(screen.getByLabelText('导出订单和付款 (orders.export)'));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await vi.waitFor(() =>
      expect(create).toHaveBeenCalledWith(
        'api-keys',
        expect.objectContaining({
          data: expect.objectContaining({ name: 'BI export', scopes: ['customers.read', 'orders.export'] }),
        }),
      ),
    );
  });
});
