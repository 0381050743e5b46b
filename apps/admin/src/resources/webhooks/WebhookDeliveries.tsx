import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import VisibilityIcon from '@mui/icons-material/Visibility';
import {
  CircularProgress,
  IconButton,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TablePagination,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { EmptyText } from '../../components/EmptyText';
import type { Webhook, CrmDataProvider, WebhookDeliveryStatus } from '../../providers/types';
import { deliveriesQueryKey } from './queryKeys';
import { WebhookDeliveryDialog } from './WebhookDeliveryDialog';
import { DeliveryStatusChip, formatDateTime, responseSummary } from './webhookFields';

const STATUSES: WebhookDeliveryStatus[] = ['pending', 'succeeded', 'failed'];
const PAGE_SIZES = [10, 25, 50];

/** The webhook's delivery log, newest first, paged by the API; a row opens the delivery's attempts. */
export const WebhookDeliveries = () => {
  const webhook = useRecordContext<Webhook>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const [perPage, setPerPage] = useState(LIST_PAGE_SIZE);
  const [status, setStatus] = useState<WebhookDeliveryStatus | ''>('');
  const [openId, setOpenId] = useState<string>();
  const { data, isPending, error } = useQuery({
    queryKey: [...deliveriesQueryKey(webhook?.id), { page, perPage, status }],
    queryFn: () =>
      dataProvider.listWebhookDeliveries(webhook!.id, { page, pageSize: perPage, status: status || undefined }),
    enabled: Boolean(webhook?.id),
    // Keep the rows on screen while the next page loads.
    placeholderData: keepPreviousData,
  });
  if (!webhook) return null;
  const field = (name: string) => translate(`crm.webhooks.deliveries.fields.${name}`);

  const table = () => {
    if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
    if (error) return <Typography color="error">{error.message}</Typography>;
    if (!data.data.length) return <EmptyText message="crm.webhooks.deliveries.empty" />;
    return (
      <>
        <Table size="small" aria-label={translate('crm.webhooks.deliveries.title')}>
          <TableHead>
            <TableRow>
              <TableCell>{field('createdAt')}</TableCell>
              <TableCell>{field('event')}</TableCell>
              <TableCell>{field('status')}</TableCell>
              <TableCell align="right">{field('attempt')}</TableCell>
              <TableCell>{field('response')}</TableCell>
              <TableCell padding="checkbox" />
            </TableRow>
          </TableHead>
          <TableBody>
            {data.data.map((delivery) => (
              <TableRow key={delivery.id} hover onClick={() => setOpenId(delivery.id)} sx={{ cursor: 'pointer' }}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(delivery.createdAt, locale)}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{delivery.event}</TableCell>
                <TableCell>
                  <DeliveryStatusChip status={delivery.status} />
                </TableCell>
                <TableCell align="right">{delivery.attempt}</TableCell>
                <TableCell sx={{ wordBreak: 'break-word', maxWidth: 360 }}>
                  {responseSummary(translate, delivery)}
                </TableCell>
                <TableCell padding="checkbox">
                  <Tooltip title={translate('crm.webhooks.deliveries.view')}>
                    <IconButton size="small" aria-label={translate('crm.webhooks.deliveries.view')}>
                      <VisibilityIcon fontSize="small" />
                    </IconButton>
                  </Tooltip>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <TablePagination
          component="div"
          count={data.total}
          page={page - 1}
          rowsPerPage={perPage}
          rowsPerPageOptions={PAGE_SIZES}
          onPageChange={(_e, next) => setPage(next + 1)}
          onRowsPerPageChange={(e) => {
            setPerPage(Number(e.target.value));
            setPage(1);
          }}
          labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
          labelDisplayedRows={({ from, to, count }) =>
            translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
          }
          getItemAriaLabel={(type) => translate(`ra.navigation.${type}`)}
        />
      </>
    );
  };

  return (
    <Stack spacing={1} sx={{ width: '100%' }}>
      <TextField
        select
        size="small"
        label={field('status')}
        value={status}
        // Show "All" rather than an empty box when no status is chosen.
        slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
        onChange={(e) => {
          setStatus(e.target.value as WebhookDeliveryStatus | '');
          setPage(1);
        }}
        sx={{ width: 200 }}
      >
        <MenuItem value="">{translate('crm.webhooks.deliveries.all')}</MenuItem>
        {STATUSES.map((s) => (
          <MenuItem key={s} value={s}>
            {translate(`crm.webhooks.deliveries.status.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      {table()}
      <WebhookDeliveryDialog webhookId={webhook.id} deliveryId={openId} onClose={() => setOpenId(undefined)} />
    </Stack>
  );
};
