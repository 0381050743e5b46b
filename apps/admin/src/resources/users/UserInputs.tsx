import {
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  PasswordInput,
  ReferenceInput,
  TextInput,
  email,
  minLength,
  required,
} from 'react-admin';
import { roleChoices } from '../../permissions';
import { BY_NAME } from '../../components/sorts';

const PASSWORD_MIN = 8;

/** Inputs shared by create and edit; email is set once, and an existing password is only replaced if typed. */
export const UserInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput source="email" type="email" validate={[required(), email()]} disabled={mode === 'edit'} />
    <TextInput source="name" validate={required()} />
    {mode === 'create' ? (
      <PasswordInput source="password" autoComplete="new-password" validate={[required(), minLength(PASSWORD_MIN)]} />
    ) : (
      <PasswordInput
        source="password"
        label="resources.users.fields.newPassword"
        helperText="crm.users.password_hint"
        autoComplete="new-password"
        validate={minLength(PASSWORD_MIN)}
      />
    )}
    <CheckboxGroupInput source="roles" choices={roleChoices} row={false} />
    <ReferenceInput source="departmentId" reference="departments" sort={BY_NAME}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    {mode === 'edit' && <BooleanInput source="active" helperText="crm.users.active_hint" />}
  </>
);
