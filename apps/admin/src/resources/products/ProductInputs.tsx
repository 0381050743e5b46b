import {
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  maxLength,
  minValue,
  required,
} from 'react-admin';
import { DictionarySelectInput } from '../../components/dictionary/DictionarySelectInput';
import { FormSection } from '../../components/FormSection';
import { money } from '../../components/money';
import { BY_NAME } from '../../components/sorts';
import { productStatusChoices } from './productEnums';

export const ProductInputs = () => (
  <>
    <FormSection title="crm.products.sections.product">
      <TextInput source="code" validate={[required(), maxLength(50)]} />
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="model" validate={maxLength(100)} />
      <ReferenceInput source="categoryId" reference="product-categories" sort={BY_NAME}>
        <AutocompleteInput optionText="name" />
      </ReferenceInput>
      <DictionarySelectInput type="product_unit" source="unit" />
      <SelectInput source="status" choices={productStatusChoices} />
    </FormSection>
    <FormSection title="crm.products.sections.price_stock">
      <TextInput source="listPrice" validate={[required(), money()]} helperText="crm.products.list_price_hint" />
      <TextInput source="cost" validate={money()} />
      <NumberInput source="stockOnHand" min={0} step={1} validate={minValue(0)} />
    </FormSection>
    <FormSection title="crm.products.sections.description">
      <TextInput source="description" multiline minRows={3} validate={maxLength(5000)} sx={{ gridColumn: '1 / -1' }} />
    </FormSection>
  </>
);
