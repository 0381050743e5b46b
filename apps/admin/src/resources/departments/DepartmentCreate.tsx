import { Create, SimpleForm } from 'react-admin';
import { DepartmentInputs } from './DepartmentInputs';

export const DepartmentCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <DepartmentInputs />
    </SimpleForm>
  </Create>
);
