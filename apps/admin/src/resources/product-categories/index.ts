import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { ProductCategory } from '../../providers/types';
import { ProductCategoryCreate } from './ProductCategoryCreate';
import { ProductCategoryEdit } from './ProductCategoryEdit';
import { ProductCategoryList } from './ProductCategoryList';

export default {
  list: ProductCategoryList,
  create: ProductCategoryCreate,
  edit: ProductCategoryEdit,
  icon: AccountTreeIcon,
  recordRepresentation: (record: ProductCategory) => record.name,
};
