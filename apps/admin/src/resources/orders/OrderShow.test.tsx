import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { CrmAdmin } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { fakeAuthProvider } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';

const order = (status: string, deliveryStatus: string) => ({
  id: 'o1',
  number: 'SO-2026-000007',
  customerId: 'c1',
  ownerId: null,
  orderDate: '2026-11-20',
  status,
  deliveryStatus,
  currency: 'CNY',
  lines: [],
  subtotal: '100.00',
  discountTotal: '0.00',
  total: '100.00',
  paidAmount: '0.00',
  outstandingAmount: '100.00',
  cancelReason: null,
  version: 1,
});

const renderAt = (hash: string, status: string, deliveryStatus = 'pending', locale = 'en') => {
  const dataProvider = fakeDataProvider({
    orders: [order(status, deliveryStatus)],
    customers: [{ id: 'c1', name: 'Acme Ltd' }],
    payments: [],
    deliveries: [],
    'audit-log': [],
  });
  window.location.hash = hash;
  render(
    <CrmAdmin
      dataProvider={dataProvider}
      authProvider={fakeAuthProvider(['sales_manager'])}
      i18nProvider={createI18nProvider(locale)}
      store={memoryStore()}
    />,
  );
  return dataProvider;
};

describe('OrderShow', () => {
  it('asks before confirming, since confirming locks the lines', async () => {
    const dataProvider = renderAt('#/orders/o1/show', 'draft');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Confirm' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('Confirm order SO-2026-000007?');
    expect(dialog).toHaveTextContent(/lines can no longer change/);
    expect(dataProvider.orderAction).not.toHaveBeenCalled();
    await user.click(screen.getAllByRole('button', { name: 'Confirm' }).at(-1)!);
    await waitFor(() => expect(dataProvider.orderAction).toHaveBeenCalledWith('o1', 'confirm', undefined));
  });

  it('shows the order date in the header and no second "Delivered" chip', async () => {
    renderAt('#/orders/o1/show', 'delivered', 'delivered', 'zh');
    expect(await screen.findByText(/订单日期: 2026\/11\/20/)).toBeInTheDocument();
    expect(screen.getAllByText('已交付')).toHaveLength(1);
  });

  it('tells delivery progress apart from the status', async () => {
    renderAt('#/orders/o1/show', 'confirmed', 'partial');
    expect(await screen.findByText('Delivery: Partly delivered')).toBeInTheDocument();
  });
});
