import { useState } from 'react';
import { Create, SimpleForm, useRedirect } from 'react-admin';
import type { Webhook } from '../../providers/types';
import { WebhookInputs } from './WebhookInputs';
import { SecretOnceDialog } from '../../components/SecretOnceDialog';

// The API rejects unknown fields; an empty description is simply left out.
const toCreateInput = ({ url, events, description }: Partial<Webhook>) => ({
  url,
  events,
  ...(description ? { description } : {}),
});

export const WebhookCreate = () => {
  const [created, setCreated] = useState<Webhook>();
  const redirect = useRedirect();
  return (
    <>
      <Create transform={toCreateInput} mutationOptions={{ onSuccess: (data: Webhook) => setCreated(data) }}>
        <SimpleForm>
          <WebhookInputs mode="create" />
        </SimpleForm>
      </Create>
      <SecretOnceDialog
        title="crm.webhooks.created_title"
        warning="crm.webhooks.created_warning"
        label="resources.webhooks.fields.secret"
        secret={created?.secret}
        onClose={() => {
          const id = created?.id;
          setCreated(undefined);
          redirect('show', 'webhooks', id);
        }}
      />
    </>
  );
};
