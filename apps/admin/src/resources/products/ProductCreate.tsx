import { Create, SimpleForm } from 'react-admin';
import { ProductInputs } from './ProductInputs';

export const ProductCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ status: 'active', stockOnHand: 0 }}>
      <ProductInputs />
    </SimpleForm>
  </Create>
);
