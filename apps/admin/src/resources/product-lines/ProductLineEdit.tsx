import { editUnavailableProps } from '../../components/RecordUnavailable';
import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { ProductLineInputs } from './ProductLineInputs';

// Deleting a line that still has categories answers 409; react-admin shows the API's detail.
const Actions = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

export const ProductLineEdit = () => (
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="list">
    <SimpleForm toolbar={<Actions />}>
      <ProductLineInputs />
    </SimpleForm>
  </Edit>
);
