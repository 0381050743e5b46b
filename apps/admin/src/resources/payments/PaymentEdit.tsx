import { editUnavailableProps } from '../../components/RecordUnavailable';
import { Edit, ReferenceField, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { PaymentInputs } from './PaymentInputs';

const PaymentEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

// Corrects a payment's details; a wrong amount is fixed by deleting the payment on its order and recording another.
export const PaymentEdit = () => (
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<PaymentEditToolbar />}>
      <ReferenceField source="orderId" reference="orders" link="show" />
      <PaymentInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
