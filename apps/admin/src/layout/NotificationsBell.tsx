import NotificationsIcon from '@mui/icons-material/Notifications';
import {
  Badge,
  Box,
  Button,
  Divider,
  IconButton,
  List,
  ListItemButton,
  ListItemText,
  Popover,
  Tooltip,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type MouseEvent, useState } from 'react';
import { useDataProvider, useGetList, useLocale, useNavigate, useTranslate } from 'react-admin';
import type { CrmDataProvider, CrmNotification } from '../providers/types';

export const UNREAD_COUNT_KEY = ['notifications', 'unread-count'];

/** Bell with the unread count (polled every 30 s) and a popover of the latest notifications. */
export const NotificationsBell = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const queryClient = useQueryClient();
  const translate = useTranslate();
  const locale = useLocale();
  const navigate = useNavigate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);

  const { data: count = 0 } = useQuery({
    queryKey: UNREAD_COUNT_KEY,
    queryFn: () => dataProvider.unreadNotificationCount(),
    refetchInterval: 30_000,
  });
  const { data: latest = [] } = useGetList<CrmNotification>(
    'notifications',
    { pagination: { page: 1, perPage: 10 }, sort: { field: 'createdAt', order: 'DESC' } },
    { enabled: Boolean(anchor) },
  );

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
  const markRead = useMutation({
    mutationFn: (id: string) => dataProvider.markNotificationRead(id),
    onSuccess: refresh,
  });
  const markAll = useMutation({ mutationFn: () => dataProvider.markAllNotificationsRead(), onSuccess: refresh });

  const open = (item: CrmNotification) => {
    if (!item.readAt) markRead.mutate(item.id);
    setAnchor(null);
    if (!item.link) return;
    if (/^https?:\/\//.test(item.link)) window.open(item.link, '_blank', 'noopener');
    else void navigate(item.link);
  };

  const label = translate('crm.notifications.bell');
  return (
    <>
      <Tooltip title={label}>
        <IconButton
          color="inherit"
          aria-label={label}
          onClick={(e: MouseEvent<HTMLElement>) => setAnchor(e.currentTarget)}
        >
          <Badge badgeContent={count} color="error" max={99}>
            <NotificationsIcon />
          </Badge>
        </IconButton>
      </Tooltip>
      <Popover
        open={Boolean(anchor)}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      >
        <Box sx={{ width: 360, maxWidth: '100vw' }}>
          <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', px: 2, py: 1 }}>
            <Typography variant="subtitle1">{label}</Typography>
            <Button size="small" disabled={count === 0 || markAll.isPending} onClick={() => markAll.mutate()}>
              {translate('crm.notifications.mark_all_read')}
            </Button>
          </Box>
          <Divider />
          {latest.length === 0 ? (
            <Typography sx={{ p: 2 }} color="text.secondary">
              {translate('crm.notifications.empty')}
            </Typography>
          ) : (
            <List dense disablePadding sx={{ maxHeight: 400, overflow: 'auto' }}>
              {latest.map((item) => (
                <ListItemButton key={item.id} onClick={() => open(item)} sx={{ opacity: item.readAt ? 0.6 : 1 }}>
                  <ListItemText
                    primary={item.title}
                    secondary={`${item.body ?? ''} · ${new Date(item.createdAt).toLocaleString(locale)}`}
                    slotProps={{ primary: { sx: { fontWeight: item.readAt ? 400 : 600 } } }}
                  />
                </ListItemButton>
              ))}
            </List>
          )}
          <Divider />
          <Button
            fullWidth
            onClick={() => {
              setAnchor(null);
              void navigate('/notifications');
            }}
          >
            {translate('crm.notifications.view_all')}
          </Button>
        </Box>
      </Popover>
    </>
  );
};
