import KeyIcon from '@mui/icons-material/Key';
import type { ApiKey } from '../../providers/types';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyList } from './ApiKeyList';
import { ApiKeyShow } from './ApiKeyShow';

export default {
  list: ApiKeyList,
  create: ApiKeyCreate,
  // Keys are immutable: revoke and create a new one.
  edit: undefined,
  show: ApiKeyShow,
  icon: KeyIcon,
  recordRepresentation: (record: ApiKey) => `${record.name} (${record.prefix})`,
};
