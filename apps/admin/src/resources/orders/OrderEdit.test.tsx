import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { memoryStore } from 'react-admin';
import { describe, expect, it, vi } from 'vitest';
import { CrmAdmin } from '../../App';
import { createI18nProvider } from '../../i18n/i18nProvider';
import { toHttpError } from '../../providers/problem';
import { fakeAuthProvider } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';

const order = (status: string) => ({
  id: 'o1',
  number: 'SO-2026-000001',
  customerId: 'c1',
  ownerId: null,
  orderDate: '2026-11-20',
  status,
  currency: 'CNY',
  lines: [
    {
      id: 'l1',
      productId: 'p1',
      productName: 'Pump',
      quantity: 3,
      unitPrice: '100.00',
      discount: 10,
      lineTotal: '270.00',
    },
    {
      id: 'l2',
      productId: 'p2',
      productName: 'Valve',
      quantity: 2,
      unitPrice: '49.99',
      discount: 0,
      lineTotal: '99.98',
    },
  ],
  subtotal: '399.98',
  discountTotal: '30.00',
  total: '369.98',
  paidAmount: '0.00',
  outstandingAmount: '369.98',
  deliveryStatus: 'pending',
  terms: null,
  startDate: null,
  endDate: null,
  signedBy: null,
  signedAt: null,
  notes: null,
  cancelReason: null,
  version: 3,
});

const db = (status: string) => ({
  orders: [order(status)],
  customers: [{ id: 'c1', name: 'Acme Ltd' }],
  products: [
    { id: 'p1', code: 'P-1', name: 'Pump', listPrice: '100.00', status: 'active', stockOnHand: 5 },
    { id: 'p2', code: 'P-2', name: 'Valve', listPrice: '49.99', status: 'active', stockOnHand: 0 },
  ],
  users: [],
  'audit-log': [],
});

const renderAt = (hash: string, dataProvider = fakeDataProvider(db('draft'))) => {
  window.location.hash = hash;
  render(
    <CrmAdmin
      dataProvider={dataProvider}
      authProvider={fakeAuthProvider(['sales_manager'])}
      i18nProvider={createI18nProvider('en')}
      store={memoryStore()}
    />,
  );
  return dataProvider;
};

describe('OrderEdit', () => {
  it('previews line totals and the order total as the lines change', async () => {
    renderAt('#/orders/o1');
    const totals = await screen.findAllByTestId('line-total');
    expect(totals.map((t) => t.textContent)).toEqual(['270.00', '99.98']);
    expect(screen.getByTestId('preview-subtotal')).toHaveTextContent('399.98 CNY');
    expect(screen.getByTestId('preview-discountTotal')).toHaveTextContent('30.00 CNY');
    expect(screen.getByTestId('preview-total')).toHaveTextContent('369.98 CNY');

    const user = userEvent.setup();
    const quantity = screen.getAllByLabelText(/^Quantity/)[0];
    await user.clear(quantity);
    await user.type(quantity, '5');
    await waitFor(() => expect(screen.getAllByTestId('line-total')[0]).toHaveTextContent('450.00'));
    expect(screen.getByTestId('preview-total')).toHaveTextContent('549.98 CNY');
  });

  it("shows the API's 422 detail when a workflow step is illegal", async () => {
    const dataProvider = fakeDataProvider(db('delivered'));
    dataProvider.orderAction = vi.fn(() =>
      Promise.reject(
        toHttpError(
          {
            type: 'https://crm.dev/problems/order-outstanding',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'The order cannot be completed while 369.98 CNY is outstanding',
            code: 'order_outstanding',
          },
          422,
        ),
      ),
    );
    renderAt('#/orders/o1/show', dataProvider);
    const user = userEvent.setup();
    // A delivered order offers only "Complete"; the server still says no while money is owed.
    await user.click(await screen.findByRole('button', { name: 'Complete' }));
    expect(
      await screen.findByText('The order cannot be completed while 369.98 CNY is outstanding'),
    ).toBeInTheDocument();
    expect(dataProvider.orderAction).toHaveBeenCalledWith('o1', 'complete', undefined);
    expect(screen.queryByRole('button', { name: 'Confirm' })).not.toBeInTheDocument();
    // The saved lines show the server's figures.
    const table = screen.getByRole('table', { name: 'Lines' });
    expect(within(table).getByText('270.00')).toBeInTheDocument();
    expect(within(table).getByText('369.98 CNY')).toBeInTheDocument();
  });

  it('locks the lines of a confirmed order and asks for a reason to cancel', async () => {
    const dataProvider = renderAt('#/orders/o1', fakeDataProvider(db('confirmed')));
    expect(await screen.findByText(/can no longer change/)).toBeInTheDocument();
    expect(screen.queryAllByTestId('line-total')).toHaveLength(0);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Cancel order' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/Reason for cancelling/), 'Customer withdrew');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    await waitFor(() =>
      expect(dataProvider.orderAction).toHaveBeenCalledWith('o1', 'cancel', { reason: 'Customer withdrew' }),
    );
  });
});
