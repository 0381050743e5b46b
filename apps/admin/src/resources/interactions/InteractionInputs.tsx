import { useWatch } from 'react-hook-form';
import { AutocompleteInput, DateTimeInput, ReferenceInput, TextInput, maxLength, required } from 'react-admin';
import { DictionarySelectInput } from '../../components/dictionary/DictionarySelectInput';
import { FormSection } from '../../components/FormSection';
import { BY_NAME } from '../../components/sorts';

/** The contact picker lists the chosen customer's contacts only. */
const ContactInput = () => {
  const customerId = useWatch({ name: 'customerId' }) as string | undefined;
  return (
    <ReferenceInput
      source="contactId"
      reference="contacts"
      sort={BY_NAME}
      filter={customerId ? { customerId } : {}}
      enableGetChoices={() => Boolean(customerId)}
    >
      <AutocompleteInput optionText="name" disabled={!customerId} />
    </ReferenceInput>
  );
};

/** Who, when and how; then what came of it. The staff member defaults to you server-side. */
export const InteractionInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <FormSection title="crm.interactions.sections.what">
      <ReferenceInput source="customerId" reference="customers" sort={BY_NAME}>
        <AutocompleteInput optionText="name" validate={required()} disabled={mode === 'edit'} />
      </ReferenceInput>
      <ContactInput />
      <DictionarySelectInput type="interaction_type" source="type" validate={required()} />
      <DateTimeInput source="occurredAt" helperText={mode === 'create' ? 'crm.interactions.occurred_hint' : false} />
      <TextInput source="place" validate={maxLength(300)} />
      <TextInput source="summary" validate={[required(), maxLength(500)]} sx={{ gridColumn: '1 / -1' }} />
      <TextInput source="details" multiline minRows={3} validate={maxLength(10000)} sx={{ gridColumn: '1 / -1' }} />
    </FormSection>
    <FormSection title="crm.interactions.sections.outcome">
      <TextInput source="outcome" multiline validate={maxLength(2000)} />
      <TextInput source="nextStep" multiline validate={maxLength(2000)} />
      <DateTimeInput source="nextStepAt" />
    </FormSection>
  </>
);
