import { BooleanInput, TextInput, maxLength, required } from 'react-admin';

export const ProductLineInputs = () => (
  <>
    <TextInput source="code" validate={[required(), maxLength(50)]} />
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <TextInput source="description" multiline validate={maxLength(2000)} />
    <BooleanInput source="active" />
  </>
);
