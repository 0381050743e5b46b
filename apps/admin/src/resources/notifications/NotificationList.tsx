import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import { Typography } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  DataTable,
  List,
  TopToolbar,
  useDataProvider,
  useNavigate,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { UNREAD_COUNT_KEY } from '../../layout/NotificationsBell';
import type { CrmDataProvider, CrmNotification } from '../../providers/types';
import { ListEmpty } from '../../components/ListEmpty';
import { LocaleDateField } from '../../components/LocaleDateField';

const useAfterRead = () => {
  const queryClient = useQueryClient();
  const refresh = useRefresh();
  return () => {
    void queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
    refresh();
  };
};

const MarkAllReadButton = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const afterRead = useAfterRead();
  const markAll = useMutation({ mutationFn: () => dataProvider.markAllNotificationsRead(), onSuccess: afterRead });
  return (
    <Button label="crm.notifications.mark_all_read" onClick={() => markAll.mutate()} disabled={markAll.isPending}>
      <DoneAllIcon />
    </Button>
  );
};

const Title = () => {
  const record = useRecordContext<CrmNotification>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: record.readAt ? 400 : 600 }}>
        {record.title}
      </Typography>
      {!record.readAt && (
        <Typography variant="caption" color="primary">
          {translate('crm.notifications.unread')}
        </Typography>
      )}
    </>
  );
};

export const NotificationList = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const navigate = useNavigate();
  const afterRead = useAfterRead();
  const markRead = useMutation({
    mutationFn: (id: string) => dataProvider.markNotificationRead(id),
    onSuccess: afterRead,
  });

  // A click reads the notification and follows its link, as in the bell's popover.
  const open = (_id: unknown, _resource: string, record: CrmNotification) => {
    if (!record.readAt) markRead.mutate(record.id);
    if (record.link && /^https?:\/\//.test(record.link)) window.open(record.link, '_blank', 'noopener');
    else if (record.link) void navigate(record.link);
    return false as const;
  };

  return (
    <List
      perPage={LIST_PAGE_SIZE}
      sort={{ field: 'createdAt', order: 'DESC' }}
      empty={<ListEmpty />}
      exporter={false}

      actions={
        <TopToolbar>
          <MarkAllReadButton />
        </TopToolbar>
      }
    >
      <DataTable bulkActionButtons={false} rowClick={open}>
        <DataTable.Col source="title" disableSort>
          <Title />
        </DataTable.Col>
        <DataTable.Col source="body" disableSort />
        <DataTable.Col source="createdAt">
          <LocaleDateField source="createdAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
