import { AutocompleteInput, BooleanInput, NumberInput, TextInput, regex, required } from 'react-admin';
import { dictionaryTypeChoices } from './dictionaryTypes';

// The API's patterns; it checks them too, this only spares a round trip.
const SNAKE_TYPE = regex(/^[a-z][a-z0-9_]{0,49}$/, 'crm.dictionary.type_pattern');
const SNAKE_KEY = regex(/^[a-z0-9][a-z0-9_]{0,63}$/, 'crm.dictionary.key_pattern');

/** Type and key are fixed once created (records store the key); labels, order and active may change. */
export const DictionaryEntryInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <AutocompleteInput
      source="type"
      choices={dictionaryTypeChoices}
      validate={[required(), SNAKE_TYPE]}
      disabled={mode === 'edit'}
      // A new list is created by typing its name.
      onCreate={(name?: string) => ({ id: name ?? '', name: name ?? '' })}
      createItemLabel="crm.dictionary.new_type"
    />
    <TextInput source="key" validate={[required(), SNAKE_KEY]} disabled={mode === 'edit'} />
    <TextInput source="labelEn" validate={required()} />
    <TextInput source="labelZh" validate={required()} />
    <NumberInput source="sortOrder" step={10} />
    <BooleanInput source="active" helperText="crm.dictionary.active_hint" />
  </>
);
