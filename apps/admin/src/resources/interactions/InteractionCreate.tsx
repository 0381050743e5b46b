import { Create, SimpleForm } from 'react-admin';
import { InteractionInputs } from './InteractionInputs';

// Opened from a customer page, the location state prefills the customer; back to that customer after saving.
export const InteractionCreate = () => (
  <Create
    redirect={(_resource, _id, data) => (data?.customerId ? `customers/${data.customerId}/show/timeline` : 'list')}
  >
    <SimpleForm>
      <InteractionInputs mode="create" />
    </SimpleForm>
  </Create>
);
