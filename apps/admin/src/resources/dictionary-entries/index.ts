import MenuBookIcon from '@mui/icons-material/MenuBook';
import type { DictionaryEntry } from '../../providers/types';
import { DictionaryEntryList } from './DictionaryEntryList';

// Entries are created and edited in dialogs on the list, so the list is the only page.
export default {
  list: DictionaryEntryList,
  icon: MenuBookIcon,
  recordRepresentation: (record: DictionaryEntry) => `${record.type}.${record.key}`,
};
