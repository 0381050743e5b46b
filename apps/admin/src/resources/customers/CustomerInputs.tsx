import { DuplicateWarning } from './DuplicateWarning';
import {
  AutocompleteInput,
  CheckboxGroupInput,
  ReferenceInput,
  SelectInput,
  TextArrayInput,
  TextInput,
  email,
  maxLength,
  required,
} from 'react-admin';
import { DictionarySelectInput } from '../../components/dictionary/DictionarySelectInput';
import { FormSection } from '../../components/FormSection';
import { BY_NAME } from '../../components/sorts';
import { useSeesOthersRecords } from '../../components/usePermissionsFor';
import { choices, COMPUTED_CLASSIFICATIONS } from './customerEnums';
import { SetByHandBadge } from './SetByHandBadge';

const RATINGS = [1, 2, 3, 4, 5].map((id) => ({ id, name: `crm.customers.rating.${id}` }));

const COMPUTED = new Set<string>(COMPUTED_CLASSIFICATIONS);
const overrideChoices = COMPUTED_CLASSIFICATIONS.map((id) => ({ id, name: `resources.customers.fields.${id}` }));

/** A classification select; computed ones explain that a hand-set value sticks, and show the badge when it does. */
const ClassificationInput = ({ source }: { source: keyof typeof choices }) => (
  <SelectInput
    source={source}
    choices={choices[source]}
    emptyText="crm.customers.unclassified"
    helperText={COMPUTED.has(source) ? <SetByHandBadge field={source} /> : false}
  />
);

/** Inputs shared by create and edit, in sections. The owner defaults server-side to the creating manager. */
export const CustomerInputs = ({ mode }: { mode: 'create' | 'edit' }) => {
  // Names come from the staff directory (GET /staff); the API checks whom a user may choose.
  const canPickOwner = useSeesOthersRecords();
  return (
    <>
      <FormSection title="crm.customers.sections.basic">
        <TextInput
          source="code"
          validate={maxLength(40)}
          helperText={mode === 'create' ? 'crm.customers.code_hint' : false}
        />
        <TextInput source="name" validate={[required(), maxLength(300)]} />
        <SelectInput source="kind" choices={choices.kind} />
        <SelectInput source="status" choices={choices.status} />
        <DictionarySelectInput type="industry" source="industry" />
        <DictionarySelectInput type="region" source="region" />
        <DictionarySelectInput type="customer_source" source="source" />
        {canPickOwner && (
          <ReferenceInput source="ownerId" reference="staff" sort={BY_NAME} filter={{ active: true }}>
            <AutocompleteInput optionText="name" helperText="crm.customers.owner_hint" />
          </ReferenceInput>
        )}
        <TextArrayInput source="tags" />
      </FormSection>
      <DuplicateWarning />
      <FormSection title="crm.customers.sections.contact">
        <TextInput source="phone" validate={maxLength(50)} />
        <TextInput source="email" type="email" validate={[email(), maxLength(320)]} />
        <TextInput source="website" validate={maxLength(500)} />
        <TextInput source="address" multiline validate={maxLength(500)} sx={{ gridColumn: '1 / -1' }} />
      </FormSection>
      <FormSection title="crm.customers.sections.ratings">
        <SelectInput source="creditRating" choices={RATINGS} emptyText="crm.customers.unrated" />
        <SelectInput source="satisfaction" choices={RATINGS} emptyText="crm.customers.unrated" />
      </FormSection>
      <FormSection title="crm.customers.sections.classifications">
        <ClassificationInput source="valueTier" />
        <ClassificationInput source="abcClass" />
        <ClassificationInput source="valueGroup" />
        <ClassificationInput source="stability" />
        <ClassificationInput source="behaviour" />
        <ClassificationInput source="screeningGrade" />
        <ClassificationInput source="consumptionTrait" />
        <ClassificationInput source="socialStyle" />
        <ClassificationInput source="relationshipLevel" />
        {/* The stage changes with a reason through "Change stage" on the customer page once it exists. */}
        {mode === 'create' && <SelectInput source="lifecycleStage" choices={choices.lifecycleStage} />}
        {mode === 'edit' && (
          <CheckboxGroupInput
            source="classificationOverrides"
            choices={overrideChoices}
            helperText="crm.customers.overrides_hint"
            sx={{ gridColumn: '1 / -1' }}
          />
        )}
      </FormSection>
    </>
  );
};
