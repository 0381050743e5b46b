import { Create, SimpleForm } from 'react-admin';
import { ProductLineInputs } from './ProductLineInputs';

export const ProductLineCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true }}>
      <ProductLineInputs />
    </SimpleForm>
  </Create>
);
