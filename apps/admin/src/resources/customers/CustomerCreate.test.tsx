import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CrmAdmin } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { fakeAuthProvider } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';

const renderAt = (hash: string, dataProvider = fakeDataProvider()) => {
  window.location.hash = hash;
  render(
    <CrmAdmin
      dataProvider={dataProvider}
      authProvider={fakeAuthProvider(['account_manager'])}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    />,
  );
  return dataProvider;
};

describe('CustomerCreate', () => {
  it('warns about a likely duplicate while typing, links to it, and still saves', async () => {
    const dataProvider = fakeDataProvider();
    dataProvider.checkCustomerDuplicates = vi.fn(async ({ name }) =>
      name?.toLowerCase().startsWith('acme')
        ? [
            {
              id: 'c7',
              code: 'C-000007',
              name: 'Acme Trading Co., Ltd.',
              phone: null,
              email: null,
              ownerId: null,
              reasons: ['name' as const],
            },
          ]
        : [],
    );
    renderAt('#/customers/create', dataProvider);
    const user = userEvent.setup();
    await user.click(await screen.findByLabelText(/^Name/));
    await user.paste('ACME trading');
    const warning = await screen.findByRole('status', {}, { timeout: 3000 });
    expect(warning).toHaveTextContent('This may be a customer you already have');
    expect(within(warning).getByRole('link', { name: 'Acme Trading Co., Ltd.' })).toHaveAttribute(
      'href',
      '#/customers/c7/show',
    );
    expect(warning).toHaveTextContent('Same name');
    expect(dataProvider.checkCustomerDuplicates).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: 'ACME trading' }),
    );

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(dataProvider.create).toHaveBeenCalled());
  });
});

describe('CustomerShow at a glance', () => {
  it('shows the outstanding balance, the primary contact and the next step on the overview', async () => {
    const dataProvider = fakeDataProvider({
      customers: [{ id: 'c1', name: 'Acme Ltd', code: 'C-1', status: 'active', createdAt: '2025-01-02T03:04:05Z' }],
      staff: [{ id: 'u1', name: 'Chen Jing' }],
      'audit-log': [],
    });
    dataProvider.getCustomerOverview = vi.fn(async () => ({
      outstandingAmount: '1250.50',
      unpaidOrderCount: 2,
      primaryContact: { id: 'k1', name: 'Wang Fang', title: 'Buyer', mobile: '13800001111', phone: null, email: null },
      nextStep: {
        interactionId: 'i1',
        nextStep: 'Send the revised quote',
        nextStepAt: '2026-12-10T02:00:00.000Z',
        staffId: 'u1',
      },
    }));
    renderAt('#/customers/c1/show', dataProvider);
    const glance = await screen.findByRole('region', { name: 'At a glance' });
    expect(await within(glance).findByText(/1,250\.50/)).toBeInTheDocument();
    expect(glance).toHaveTextContent('2 unpaid orders');
    expect(within(glance).getByRole('link', { name: 'Wang Fang' })).toHaveAttribute('href', '#/contacts/k1/show');
    expect(glance).toHaveTextContent('13800001111');
    expect(within(glance).getByRole('link', { name: 'Send the revised quote' })).toBeInTheDocument();
    expect(await within(glance).findByText('Chen Jing')).toBeInTheDocument();
  });
});
