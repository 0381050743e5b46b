import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { UserList } from './UserList';

const db = {
  departments: [{ id: 'd1', name: 'Sales' }],
  users: [
    {
      id: 'u1',
      name: 'Ann Lee',
      email: 'ann@example.com',
      roles: ['admin', 'sales_manager'],
      departmentId: 'd1',
      active: true,
      lastLoginAt: '2025-05-01T10:00:00Z',
      createdAt: '2025-01-01T00:00:00Z',
    },
    {
      id: 'u2',
      name: 'Bo Chen',
      email: 'bo@example.com',
      roles: ['call_agent'],
      departmentId: null,
      active: false,
      lastLoginAt: null,
      createdAt: '2025-02-01T00:00:00Z',
    },
  ],
};

describe('UserList', () => {
  it('renders one row per user with translated roles and the department name', async () => {
    render(
      <TestAdmin resource="users" dataProvider={fakeDataProvider(db)}>
        <UserList />
      </TestAdmin>,
    );
    const ann = (await screen.findByText('Ann Lee')).closest('tr') as HTMLElement;
    expect(within(ann).getByText('ann@example.com')).toBeInTheDocument();
    expect(within(ann).getByText('Administrator')).toBeInTheDocument();
    expect(within(ann).getByText('Sales manager')).toBeInTheDocument();
    expect(await within(ann).findByText('Sales')).toBeInTheDocument();
    const bo = screen.getByText('Bo Chen').closest('tr') as HTMLElement;
    expect(within(bo).getByText('Call agent')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Last login/ })).toBeInTheDocument();
    // Users are deactivated, never deleted: no delete action anywhere on the list.
    expect(screen.queryByRole('button', { name: /delete/i })).not.toBeInTheDocument();
  });

  it('shows the translated empty state with a create button', async () => {
    render(
      <TestAdmin resource="users" dataProvider={fakeDataProvider({ users: [] })}>
        <UserList />
      </TestAdmin>,
    );
    expect(await screen.findByText('No users yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create' })).toBeInTheDocument();
  });
});
