import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import type { Order } from '../../providers/types';
import { OrderCreate } from './OrderCreate';
import { OrderEdit } from './OrderEdit';
import { OrderList } from './OrderList';
import { OrderShow } from './OrderShow';

export default {
  list: OrderList,
  create: OrderCreate,
  edit: OrderEdit,
  show: OrderShow,
  icon: ReceiptLongIcon,
  recordRepresentation: (record: Order) => record.number,
};
