import { Create, SimpleForm } from 'react-admin';
import { UserInputs } from './UserInputs';

export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ roles: [] }}>
      <UserInputs mode="create" />
    </SimpleForm>
  </Create>
);
