import { AutocompleteInput, BooleanInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { BY_NAME } from '../../components/sorts';

export const ProductCategoryInputs = () => (
  <>
    <ReferenceInput source="lineId" reference="product-lines" sort={BY_NAME}>
      <AutocompleteInput optionText="name" validate={required()} />
    </ReferenceInput>
    <TextInput source="code" validate={[required(), maxLength(50)]} />
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <BooleanInput source="active" />
  </>
);
