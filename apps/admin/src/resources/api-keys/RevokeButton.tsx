import BlockIcon from '@mui/icons-material/Block';
import { useMutation } from '@tanstack/react-query';
import { type MouseEvent, useState } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { ApiKey, CrmDataProvider } from '../../providers/types';

/** POST /api-keys/:id/revoke after a confirmation; hidden once the key is revoked. */
export const RevokeButton = () => {
  const record = useRecordContext<ApiKey>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation({
    mutationFn: (id: string) => dataProvider.revokeApiKey(id),
    onSuccess: () => {
      notify('crm.api_keys.revoked', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
    onSettled: () => setConfirming(false),
  });

  if (!record || record.revokedAt) return null;
  return (
    <>
      <Button
        label="crm.api_keys.revoke"
        color="error"
        onClick={(e: MouseEvent) => {
          // Keep the row click (show) from firing.
          e.stopPropagation();
          setConfirming(true);
        }}
      >
        <BlockIcon />
      </Button>
      <Confirm
        isOpen={confirming}
        loading={revoke.isPending}
        title="crm.api_keys.revoke_title"
        content="crm.api_keys.revoke_content"
        translateOptions={{ name: record.name }}
        confirm="crm.api_keys.revoke"
        confirmColor="warning"
        onConfirm={() => revoke.mutate(record.id)}
        onClose={() => setConfirming(false)}
      />
    </>
  );
};
