import { editUnavailableProps } from '../../components/RecordUnavailable';
import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { useCanWrite } from '../../components/usePermissionsFor';
import { ContactInputs } from './ContactInputs';

const ContactEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

export const ContactEdit = () => {
  const canWrite = useCanWrite('contacts');
  return (
    <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="show">
      <SimpleForm toolbar={canWrite ? <ContactEditToolbar /> : false}>
        <ContactInputs mode="edit" />
      </SimpleForm>
    </Edit>
  );
};
