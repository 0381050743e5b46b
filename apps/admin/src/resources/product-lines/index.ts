import CategoryIcon from '@mui/icons-material/Category';
import type { ProductLine } from '../../providers/types';
import { ProductLineCreate } from './ProductLineCreate';
import { ProductLineEdit } from './ProductLineEdit';
import { ProductLineList } from './ProductLineList';

export default {
  list: ProductLineList,
  create: ProductLineCreate,
  edit: ProductLineEdit,
  icon: CategoryIcon,
  recordRepresentation: (record: ProductLine) => record.name,
};
