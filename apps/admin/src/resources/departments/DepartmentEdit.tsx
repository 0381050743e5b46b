import { editUnavailableProps } from '../../components/RecordUnavailable';
import { Edit, SimpleForm } from 'react-admin';
import { DepartmentInputs } from './DepartmentInputs';

export const DepartmentEdit = () => (
  // Pessimistic: a refused delete (409, department still has members) or a stale version shows its detail at once.
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <DepartmentInputs />
    </SimpleForm>
  </Edit>
);
