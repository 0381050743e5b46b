import { Create, SimpleForm } from 'react-admin';
import { OrderInputs } from './OrderInputs';

// Orders start as drafts; a customerId in the location state (from the customer page) prefills the customer.
export const OrderCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ currency: 'CNY', lines: [{ quantity: 1, discount: 0 }] }}>
      <OrderInputs />
    </SimpleForm>
  </Create>
);
