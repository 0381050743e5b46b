import { Create, SimpleForm } from 'react-admin';
import { CustomerInputs } from './CustomerInputs';

export const CustomerCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ kind: 'enterprise', status: 'prospect', tags: [] }}>
      <CustomerInputs mode="create" />
    </SimpleForm>
  </Create>
);
