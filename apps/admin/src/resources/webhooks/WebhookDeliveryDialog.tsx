import {
  Box,
  Button,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useDataProvider, useLocale, useTranslate } from 'react-admin';
import type { CrmDataProvider } from '../../providers/types';
import { deliveriesQueryKey } from './queryKeys';
import { DeliveryStatusChip, formatDateTime } from './webhookFields';

const mono = { fontFamily: 'monospace', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all', m: 0 } as const;

const Item = ({ label, children }: { label: string; children: ReactNode }) => (
  <Box>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Box>
);

/** One delivery with every attempt (GET /webhooks/:id/deliveries/:deliveryId) and its payload. */
export const WebhookDeliveryDialog = ({
  webhookId,
  deliveryId,
  onClose,
}: {
  webhookId: string;
  deliveryId: string | undefined;
  onClose: () => void;
}) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending, error } = useQuery({
    queryKey: [...deliveriesQueryKey(webhookId), 'detail', deliveryId],
    queryFn: () => dataProvider.getWebhookDelivery(webhookId, deliveryId!),
    enabled: Boolean(deliveryId),
  });
  const field = (name: string) => translate(`crm.webhooks.deliveries.fields.${name}`);

  const content = () => {
    if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
    if (error) return <Typography color="error">{error.message}</Typography>;
    return (
      <Stack spacing={2}>
        <Stack direction="row" spacing={3} useFlexGap sx={{ flexWrap: 'wrap' }}>
          <Item label={field('status')}>
            <DeliveryStatusChip status={data.status} />
          </Item>
          <Item label={field('occurredAt')}>{formatDateTime(data.occurredAt, locale)}</Item>
          <Item label={field('deliveredAt')}>{formatDateTime(data.deliveredAt, locale)}</Item>
          <Item label={field('id')}>
            <Box component="span" sx={mono}>
              {data.id}
            </Box>
          </Item>
        </Stack>
        <Typography variant="subtitle2">{translate('crm.webhooks.deliveries.attempts')}</Typography>
        {data.attempts.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('crm.webhooks.deliveries.no_attempts')}
          </Typography>
        ) : (
          <Table size="small" aria-label={translate('crm.webhooks.deliveries.attempts')}>
            <TableHead>
              <TableRow>
                <TableCell>{field('number')}</TableCell>
                <TableCell>{field('createdAt')}</TableCell>
                <TableCell>{field('result')}</TableCell>
                <TableCell>{field('responseStatus')}</TableCell>
                <TableCell align="right">{field('durationMs')}</TableCell>
                <TableCell>{field('error')}</TableCell>
                <TableCell>{field('responseBody')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.attempts.map((attempt) => (
                <TableRow key={attempt.attempt}>
                  <TableCell>{attempt.attempt}</TableCell>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(attempt.createdAt, locale)}</TableCell>
                  <TableCell>
                    <DeliveryStatusChip status={attempt.succeeded ? 'succeeded' : 'failed'} />
                  </TableCell>
                  <TableCell>{attempt.responseStatus ?? '—'}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {translate('crm.webhooks.deliveries.duration', { ms: attempt.durationMs })}
                  </TableCell>
                  <TableCell sx={{ wordBreak: 'break-word' }}>{attempt.error ?? '—'}</TableCell>
                  <TableCell>
                    {attempt.responseBody ? (
                      <Box component="pre" sx={{ ...mono, maxHeight: 120, overflow: 'auto' }}>
                        {attempt.responseBody}
                      </Box>
                    ) : (
                      '—'
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <Typography variant="subtitle2">{translate('crm.webhooks.deliveries.payload')}</Typography>
        <Box
          component="pre"
          sx={{ ...mono, p: 1, bgcolor: 'action.hover', borderRadius: 1, maxHeight: 240, overflow: 'auto' }}
        >
          {JSON.stringify(data.data, null, 2)}
        </Box>
      </Stack>
    );
  };

  return (
    <Dialog
      open={Boolean(deliveryId)}
      onClose={onClose}
      aria-labelledby="webhook-delivery-title"
      fullWidth
      maxWidth="md"
    >
      <DialogTitle id="webhook-delivery-title">
        {translate('crm.webhooks.deliveries.detail_title', { event: data?.event ?? '' })}
      </DialogTitle>
      <DialogContent>{content()}</DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
};
