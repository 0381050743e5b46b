import { Create, SimpleForm } from 'react-admin';
import { ContactInputs } from './ContactInputs';

// A customerId passed in the location state (from the customer page) prefills the customer.
export const ContactCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ isPrimary: false }}>
      <ContactInputs mode="create" />
    </SimpleForm>
  </Create>
);
