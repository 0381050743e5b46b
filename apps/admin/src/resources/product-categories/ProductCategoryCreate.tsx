import { Create, SimpleForm } from 'react-admin';
import { ProductCategoryInputs } from './ProductCategoryInputs';

export const ProductCategoryCreate = () => (
  <Create redirect="list">
    <SimpleForm defaultValues={{ active: true }}>
      <ProductCategoryInputs />
    </SimpleForm>
  </Create>
);
