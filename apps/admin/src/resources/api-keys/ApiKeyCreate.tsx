import { useState } from 'react';
import { Create, DateTimeInput, SimpleForm, TextInput, required, useRedirect } from 'react-admin';
import type { ApiKey } from '../../providers/types';
import { SecretOnceDialog } from '../../components/SecretOnceDialog';
import { ScopesInput } from './ScopesInput';

// Expiry is optional: an empty input means the key never expires.
const withoutEmptyExpiry = ({ expiresAt, ...rest }: Partial<ApiKey>) => (expiresAt ? { ...rest, expiresAt } : rest);

export const ApiKeyCreate = () => {
  const [secret, setSecret] = useState<string>();
  const redirect = useRedirect();
  return (
    <>
      <Create transform={withoutEmptyExpiry} mutationOptions={{ onSuccess: (data: ApiKey) => setSecret(data.key) }}>
        <SimpleForm>
          <TextInput source="name" validate={required()} />
          <ScopesInput />
          <DateTimeInput source="expiresAt" />
        </SimpleForm>
      </Create>
      <SecretOnceDialog
        title="crm.api_keys.created_title"
        warning="crm.api_keys.created_warning"
        label="resources.api-keys.fields.key"
        secret={secret}
        onClose={() => {
          setSecret(undefined);
          redirect('list', 'api-keys');
        }}
      />
    </>
  );
};
