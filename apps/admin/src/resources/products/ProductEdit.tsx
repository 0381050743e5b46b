import { editUnavailableProps } from '../../components/RecordUnavailable';
import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { ProductInputs } from './ProductInputs';

// A product on any order cannot be deleted (409, shown as a notification): discontinue it instead.
const Actions = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

export const ProductEdit = () => (
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<Actions />}>
      <ProductInputs />
    </SimpleForm>
  </Edit>
);
