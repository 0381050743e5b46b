import HistoryIcon from '@mui/icons-material/History';
import type { AuditEntry } from '../../providers/types';
import { AuditLogList } from './AuditLogList';

export default {
  list: AuditLogList,
  create: undefined,
  edit: undefined,
  show: undefined,
  icon: HistoryIcon,
  recordRepresentation: (record: AuditEntry) => `${record.entity} ${record.entityId}`,
};
