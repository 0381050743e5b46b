import { useLocale, useTranslate } from 'react-admin';
import { FormDialog } from '../../components/FormDialog';
import { formatMoney } from '../../components/MoneyField';
import type { Order } from '../../providers/types';
import { PaymentInputs } from './PaymentInputs';

interface RecordPaymentDialogProps {
  order: Order;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Records a payment on the order (POST /payments). An amount over the outstanding balance is refused by the
 * API with 422 and a field error, which shows under the amount.
 */
export const RecordPaymentDialog = ({ order, open, onClose, onSaved }: RecordPaymentDialogProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  return (
    <FormDialog
      open={open}
      onClose={onClose}
      onSaved={onSaved}
      resource="payments"
      title="crm.payments.record_title"
      defaults={{ orderId: order.id, paidAt: new Date().toISOString(), method: 'bank_transfer' }}
    >
      <PaymentInputs
        mode="create"
        amountHint={translate('crm.payments.outstanding_hint', {
          amount: formatMoney(order.outstandingAmount, locale, order.currency),
        })}
      />
    </FormDialog>
  );
};
