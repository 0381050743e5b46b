import { render, screen } from '@testing-library/react';
import { memoryStore } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { CrmAdmin } from '../App';
import { createI18nProvider } from '../i18n/i18nProvider';
import { fakeAuthProvider } from '../test/TestAdmin';
import { fakeDataProvider } from '../test/fakeDataProvider';

const ADMIN_ONLY = ['Users', 'Departments', 'API keys', 'Webhooks', 'Job runs', 'Queues'];

const renderAs = (roles: string[]) =>
  render(
    <CrmAdmin
      dataProvider={fakeDataProvider()}
      authProvider={fakeAuthProvider(roles, 'Test User')}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    />,
  );

describe('menu by role', () => {
  it('shows every admin screen to an administrator', async () => {
    renderAs(['admin']);
    expect(await screen.findByRole('link', { name: 'Users' })).toBeInTheDocument();
    for (const name of [...ADMIN_ONLY, 'Dashboard', 'Audit log', 'Notifications']) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByRole('link', { name: 'Queues' })).toHaveAttribute('target', '_blank');
  });

  it('shows the audit log and job runs but no other admin screen to an executive', async () => {
    renderAs(['executive']);
    expect(await screen.findByRole('link', { name: 'Audit log' })).toBeInTheDocument();
    // The API lets executives read job runs (job_runs.read); the menu follows the permission.
    expect(screen.getByRole('link', { name: 'Job runs' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    for (const name of ADMIN_ONLY.filter((n) => n !== 'Job runs'))
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
  });

  it('shows only the dashboard and notifications to other roles', async () => {
    renderAs(['sales_manager', 'call_agent']);
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dashboard' })).toBeInTheDocument();
    for (const name of [...ADMIN_ONLY, 'Audit log']) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
    // The dashboard greets the user and lists their roles, translated.
    expect(await screen.findByText('Welcome, Test User')).toBeInTheDocument();
    expect(screen.getByText('Sales manager')).toBeInTheDocument();
  });

  it('shows the screens the permissions open: marketers read customers and orders, admin screens stay admin-only', async () => {
    renderAs(['marketer']);
    expect(await screen.findByRole('link', { name: 'Customers' })).toBeInTheDocument();
    for (const name of ['Contacts', 'Interactions', 'Product catalog', 'Orders', 'Payments']) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    for (const name of ['Import', 'Duplicate customers', 'Data dictionary', 'Product lines']) {
      expect(screen.queryByRole('link', { name })).not.toBeInTheDocument();
    }
  });

  it('gives sales managers orders, payments, import and duplicate review, but not the dictionary', async () => {
    renderAs(['sales_manager']);
    expect(await screen.findByRole('link', { name: 'Orders' })).toBeInTheDocument();
    for (const name of ['Customers', 'Payments', 'Import', 'Duplicate customers']) {
      expect(screen.getByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'Data dictionary' })).not.toBeInTheDocument();
  });
});
