import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { toHttpError } from '../../providers/problem';
import type { Order } from '../../providers/types';
import { TestAdmin } from '../../test/TestAdmin';
import { fakeDataProvider } from '../../test/fakeDataProvider';
import { RecordPaymentDialog } from './RecordPaymentDialog';

const order = { id: 'o1', status: 'confirmed', outstandingAmount: '500.00', currency: 'CNY' } as unknown as Order;

describe('RecordPaymentDialog', () => {
  it('shows the API refusing an amount over the outstanding balance under the amount', async () => {
    const dataProvider = fakeDataProvider({
      'dictionary-entries': [
        {
          id: 'd1',
          type: 'payment_method',
          key: 'bank_transfer',
          labelEn: 'Bank transfer',
          labelZh: '银行转账',
          sortOrder: 10,
          active: true,
        },
      ],
    });
    dataProvider.create = vi.fn(() =>
      Promise.reject(
        toHttpError(
          {
            type: 'https://crm.dev/problems/payment-exceeds-outstanding',
            title: 'Unprocessable Content',
            status: 422,
            detail: 'The payment of 900.00 CNY exceeds the outstanding balance of 500.00 CNY',
            errors: [{ field: 'amount', message: 'amount must be at most the outstanding 500.00' }],
            code: 'payment_exceeds_outstanding',
          },
          422,
        ),
      ),
    );
    const onSaved = vi.fn();
    render(
      <TestAdmin dataProvider={dataProvider}>
        <RecordPaymentDialog order={order} open onClose={vi.fn()} onSaved={onSaved} />
      </TestAdmin>,
    );
    expect(await screen.findByText('Outstanding: 500.00 CNY')).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Amount/), '900.00');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('amount must be at most the outstanding 500.00')).toBeInTheDocument();
    expect(
      await screen.findByText('The payment of 900.00 CNY exceeds the outstanding balance of 500.00 CNY'),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(dataProvider.create).toHaveBeenCalledWith(
        'payments',
        expect.objectContaining({
          data: expect.objectContaining({ orderId: 'o1', amount: '900.00', method: 'bank_transfer' }),
        }),
      ),
    );
    expect(onSaved).not.toHaveBeenCalled();
  });
});
