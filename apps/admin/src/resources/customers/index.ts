import BusinessIcon from '@mui/icons-material/Business';
import type { Customer } from '../../providers/types';
import { CustomerCreate } from './CustomerCreate';
import { CustomerEdit } from './CustomerEdit';
import { CustomerList } from './CustomerList';
import { CustomerShow } from './CustomerShow';

export default {
  list: CustomerList,
  create: CustomerCreate,
  edit: CustomerEdit,
  show: CustomerShow,
  icon: BusinessIcon,
  recordRepresentation: (record: Customer) => record.name,
};
