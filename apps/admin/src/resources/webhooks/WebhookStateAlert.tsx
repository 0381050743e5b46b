import { Alert } from '@mui/material';
import { Button, useLocale, useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { Webhook } from '../../providers/types';
import { formatDateTime } from './webhookFields';

/** Says why nothing is being sent; a webhook disabled after failures can be re-enabled from here. */
export const WebhookStateAlert = () => {
  const record = useRecordContext<Webhook>();
  const translate = useTranslate();
  const locale = useLocale();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<Webhook>();
  if (!record || record.active) return null;
  if (!record.disabledAt) {
    return (
      <Alert severity="info" sx={{ m: 2, mb: 0 }}>
        {translate('crm.webhooks.paused_alert')}
      </Alert>
    );
  }
  const reenable = () =>
    update(
      'webhooks',
      { id: record.id, data: { active: true }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify('crm.webhooks.reenabled', { type: 'info' }),
        onError: (error) =>
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' }),
      },
    );
  return (
    <Alert
      severity="error"
      sx={{ m: 2, mb: 0 }}
      action={<Button label="crm.webhooks.reenable" onClick={reenable} disabled={isPending} color="inherit" />}
    >
      {translate('crm.webhooks.disabled_alert', {
        date: formatDateTime(record.disabledAt, locale),
        smart_count: record.failureCount,
      })}
    </Alert>
  );
};
