import { editUnavailableProps } from '../../components/RecordUnavailable';
import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { ProductCategoryInputs } from './ProductCategoryInputs';

// Deleting a category that still has products answers 409; react-admin shows the API's detail.
const Actions = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

export const ProductCategoryEdit = () => (
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<Actions />}>
      <ProductCategoryInputs />
    </SimpleForm>
  </Edit>
);
