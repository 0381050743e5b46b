import { editUnavailableProps } from '../../components/RecordUnavailable';
import { Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import type { User } from '../../providers/types';
import { UserInputs } from './UserInputs';

// Users are never deleted, so the toolbar has no delete button.
const UserEditToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

// An empty new-password field means "keep the current password".
const dropEmptyPassword = ({ password, ...rest }: Partial<User> & { password?: string | null }) =>
  password ? { ...rest, password } : rest;

export const UserEdit = () => (
  // Pessimistic so server validation and version conflicts show on the form instead of after an undo delay.
  <Edit {...editUnavailableProps} mutationMode="pessimistic" transform={dropEmptyPassword} redirect="show">
    <SimpleForm toolbar={<UserEditToolbar />}>
      <UserInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
