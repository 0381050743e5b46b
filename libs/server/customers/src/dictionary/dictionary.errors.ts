import { ConflictError, FieldError, InvalidInputError } from '@crm/server-core';

export const dictionaryEntryExists = (type: string, key: string) =>
  new ConflictError('dictionary_entry_exists', `The ${type} list already has the key "${key}"`, [
    { field: 'key', message: `key "${key}" already exists in ${type}` },
  ]);

export const dictionaryEntryInUse = (type: string, key: string) =>
  new ConflictError(
    'dictionary_entry_in_use',
    `The ${type} entry "${key}" is used by existing records; deactivate it instead of deleting it`,
  );

export const invalidDictionaryKeys = (errors: FieldError[]) =>
  new InvalidInputError(errors.length === 1 ? errors[0].message : `${errors.length} fields are invalid`, errors);
