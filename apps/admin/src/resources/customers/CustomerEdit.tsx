import { editUnavailableProps } from '../../components/RecordUnavailable';
import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { usePermission } from '../../components/usePermissionsFor';
import { CustomerInputs } from './CustomerInputs';

const CustomerEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {/* Moves the customer to the bin; an administrator can restore it. */}
    {usePermission('customers.delete') && <DeleteWithConfirmButton mutationMode="pessimistic" />}
  </Toolbar>
);

export const CustomerEdit = () => (
  // Pessimistic so server validation and version conflicts show on the form instead of after an undo delay.
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<CustomerEditToolbar />}>
      <CustomerInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
