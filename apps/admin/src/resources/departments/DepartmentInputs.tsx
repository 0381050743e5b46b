import { AutocompleteInput, ReferenceInput, TextInput, required } from 'react-admin';
import { BY_NAME } from '../../components/sorts';

export const DepartmentInputs = () => (
  <>
    <TextInput source="name" validate={required()} />
    <TextInput source="description" multiline minRows={2} />
    <ReferenceInput source="managerId" reference="users" sort={BY_NAME}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    {/* Cycles (a department under itself) are rejected by the API and shown on this field. */}
    <ReferenceInput source="parentId" reference="departments" sort={BY_NAME}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
  </>
);
