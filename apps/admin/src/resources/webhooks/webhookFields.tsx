import { Chip, Stack, Tooltip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Webhook, WebhookDeliveryStatus } from '../../providers/types';

type Translate = ReturnType<typeof useTranslate>;

/** "*" and "<prefix>.*" read as words; plain event names are shown as the receiver gets them. */
export const eventLabel = (translate: Translate, pattern: string) => {
  if (pattern === '*') return translate('crm.webhooks.all_events');
  if (pattern.endsWith('.*')) return translate('crm.webhooks.all_prefix', { prefix: pattern.slice(0, -2), pattern });
  return pattern;
};

export const webhookStatus = (webhook: Webhook): 'active' | 'paused' | 'disabled' => {
  if (webhook.active) return 'active';
  return webhook.disabledAt ? 'disabled' : 'paused';
};

const STATUS_COLORS = { active: 'success', paused: 'default', disabled: 'error' } as const;

// `label` is read by show layouts and DataTable to title the field.
export const WebhookStatus = (_props: { label?: string }) => {
  const record = useRecordContext<Webhook>();
  const translate = useTranslate();
  if (!record) return null;
  const status = webhookStatus(record);
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <Chip
        size="small"
        variant="outlined"
        color={STATUS_COLORS[status]}
        label={translate(`crm.webhooks.status.${status}`)}
      />
      {record.failureCount > 0 && (
        <Chip
          size="small"
          color={status === 'disabled' ? 'error' : 'warning'}
          label={translate('crm.webhooks.failures', { smart_count: record.failureCount })}
        />
      )}
    </Stack>
  );
};

const MAX_CHIPS = 4;

/** The subscribed events as chips; long lists end with a "+N more" chip that lists the rest on hover. */
export const EventChips = ({ all = false }: { label?: string; all?: boolean }) => {
  const record = useRecordContext<Webhook>();
  const translate = useTranslate();
  const events = record?.events ?? [];
  const shown = all ? events : events.slice(0, MAX_CHIPS);
  const rest = events.slice(shown.length);
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {shown.map((event) => (
        <Chip key={event} size="small" label={eventLabel(translate, event)} />
      ))}
      {rest.length > 0 && (
        <Tooltip title={rest.map((event) => eventLabel(translate, event)).join(', ')}>
          <Chip size="small" variant="outlined" label={translate('crm.webhooks.more_events', { count: rest.length })} />
        </Tooltip>
      )}
    </Stack>
  );
};

/** The URL with the description under it, so a list row says what the webhook is for. */
export const WebhookUrlField = (_props: { label?: string }) => {
  const record = useRecordContext<Webhook>();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2" sx={{ overflowWrap: 'anywhere', minWidth: 200 }}>
        {record.url}
      </Typography>
      {record.description && (
        <Typography variant="caption" color="text.secondary">
          {record.description}
        </Typography>
      )}
    </>
  );
};

const DELIVERY_COLORS = { pending: 'info', succeeded: 'success', failed: 'error' } as const;

export const DeliveryStatusChip = ({ status }: { status: WebhookDeliveryStatus }) => {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={DELIVERY_COLORS[status] ?? 'default'}
      label={translate(`crm.webhooks.deliveries.status.${status}`, { _: status })}
    />
  );
};

/** "HTTP 502 · connection reset" style summary of the latest (or one) attempt. */
export const responseSummary = (
  translate: Translate,
  { responseStatus, error }: { responseStatus: number | null; error: string | null },
) =>
  [responseStatus === null ? null : translate('crm.webhooks.deliveries.http', { status: responseStatus }), error]
    .filter(Boolean)
    .join(' · ') || '—';

export const formatDateTime = (value: string | null | undefined, locale: string) =>
  value ? new Date(value).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US') : '—';
