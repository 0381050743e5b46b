import ApartmentIcon from '@mui/icons-material/Apartment';
import type { Department } from '../../providers/types';
import { DepartmentCreate } from './DepartmentCreate';
import { DepartmentEdit } from './DepartmentEdit';
import { DepartmentList } from './DepartmentList';
import { DepartmentShow } from './DepartmentShow';

export default {
  list: DepartmentList,
  create: DepartmentCreate,
  edit: DepartmentEdit,
  show: DepartmentShow,
  icon: ApartmentIcon,
  recordRepresentation: (record: Department) => record.name,
};
