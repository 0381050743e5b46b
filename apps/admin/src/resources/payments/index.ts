import PaymentsIcon from '@mui/icons-material/Payments';
import type { Payment } from '../../providers/types';
import { PaymentEdit } from './PaymentEdit';
import { PaymentList } from './PaymentList';

export default {
  list: PaymentList,
  edit: PaymentEdit,
  icon: PaymentsIcon,
  recordRepresentation: (record: Payment) => `${record.amount} · ${record.paidAt.slice(0, 10)}`,
};
