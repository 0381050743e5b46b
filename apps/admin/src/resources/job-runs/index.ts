import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import type { JobRun } from '../../providers/types';
import { JobRunList } from './JobRunList';

export default {
  list: JobRunList,
  create: undefined,
  edit: undefined,
  show: undefined,
  icon: WorkHistoryIcon,
  recordRepresentation: (record: JobRun) => `${record.queue}/${record.name}`,
};
