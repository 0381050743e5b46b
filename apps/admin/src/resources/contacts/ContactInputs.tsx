import {
  AutocompleteInput,
  BooleanInput,
  ReferenceInput,
  SelectInput,
  TextInput,
  email,
  maxLength,
  required,
} from 'react-admin';
import { FormSection } from '../../components/FormSection';
import { BY_NAME } from '../../components/sorts';
import { choices } from '../customers/customerEnums';

interface ContactInputsProps {
  mode: 'create' | 'edit';
  /** Hide the customer picker when the customer is given (contact added from the customer page). */
  fixedCustomer?: boolean;
}

/** A contact's customer is chosen once: the API does not move contacts between customers. */
export const ContactInputs = ({ mode, fixedCustomer = false }: ContactInputsProps) => (
  <>
    <FormSection title="crm.contacts.sections.person">
      {!fixedCustomer && (
        <ReferenceInput source="customerId" reference="customers" sort={BY_NAME}>
          <AutocompleteInput optionText="name" validate={required()} disabled={mode === 'edit'} />
        </ReferenceInput>
      )}
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="gender" choices={choices.gender} />
      <TextInput source="title" validate={maxLength(200)} />
      <SelectInput source="buyingRole" choices={choices.buyingRole} helperText="crm.contacts.buying_role_hint" />
      <BooleanInput source="isPrimary" helperText="crm.contacts.primary_hint" />
    </FormSection>
    <FormSection title="crm.contacts.sections.reach">
      <TextInput source="mobile" validate={maxLength(50)} />
      <TextInput source="phone" validate={maxLength(50)} />
      <TextInput source="email" type="email" validate={[email(), maxLength(320)]} />
    </FormSection>
    <FormSection title="crm.contacts.sections.notes">
      <TextInput
        source="preferences"
        multiline
        minRows={2}
        validate={maxLength(2000)}
        helperText="crm.contacts.preferences_hint"
        sx={{ gridColumn: '1 / -1' }}
      />
      <TextInput source="notes" multiline minRows={2} validate={maxLength(5000)} sx={{ gridColumn: '1 / -1' }} />
    </FormSection>
  </>
);
