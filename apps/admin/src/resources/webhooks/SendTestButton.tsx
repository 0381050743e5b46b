import SendIcon from '@mui/icons-material/Send';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, useDataProvider, useNotify, useRecordContext, useTranslate } from 'react-admin';
import type { Webhook, CrmDataProvider } from '../../providers/types';
import { deliveriesQueryKey } from './queryKeys';
import { responseSummary } from './webhookFields';

/** POST /webhooks/:id/test: one webhook.test delivery sent now; the outcome is notified and logged. */
export const SendTestButton = () => {
  const record = useRecordContext<Webhook>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: (id: string) => dataProvider.testWebhook(id),
    onSuccess: (delivery) => {
      if (delivery.status === 'succeeded') {
        notify('crm.webhooks.test_succeeded', {
          type: 'success',
          messageArgs: { status: delivery.responseStatus, ms: delivery.durationMs },
        });
      } else {
        notify('crm.webhooks.test_failed', {
          type: 'warning',
          messageArgs: { reason: responseSummary(translate, delivery) },
        });
      }
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
    // The test is in the delivery log either way.
    onSettled: (_data, _error, id) => queryClient.invalidateQueries({ queryKey: deliveriesQueryKey(id) }),
  });
  if (!record) return null;
  return (
    <Button label="crm.webhooks.send_test" onClick={() => test.mutate(record.id)} disabled={test.isPending}>
      <SendIcon />
    </Button>
  );
};
