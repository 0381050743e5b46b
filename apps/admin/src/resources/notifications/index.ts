import NotificationsIcon from '@mui/icons-material/Notifications';
import type { CrmNotification } from '../../providers/types';
import { NotificationList } from './NotificationList';

export default {
  list: NotificationList,
  create: undefined,
  edit: undefined,
  show: undefined,
  icon: NotificationsIcon,
  recordRepresentation: (record: CrmNotification) => record.title,
};
