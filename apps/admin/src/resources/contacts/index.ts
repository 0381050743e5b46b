import ContactPhoneIcon from '@mui/icons-material/ContactPhone';
import type { Contact } from '../../providers/types';
import { ContactCreate } from './ContactCreate';
import { ContactEdit } from './ContactEdit';
import { ContactList } from './ContactList';
import { ContactShow } from './ContactShow';

export default {
  list: ContactList,
  create: ContactCreate,
  edit: ContactEdit,
  show: ContactShow,
  icon: ContactPhoneIcon,
  recordRepresentation: (record: Contact) => record.name,
};
