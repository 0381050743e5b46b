import '../i18n/messages';
import { ConflictError, fieldError, FieldError, invalidFields } from '@crm/server-core';

export const dictionaryEntryExists = (type: string, key: string) =>
  new ConflictError('dictionary_entry_exists', { type, key }, [fieldError('key', 'field.key_exists', { key, type })]);

export const dictionaryEntryInUse = (type: string, key: string) =>
  new ConflictError('dictionary_entry_in_use', { type, key });

export const invalidDictionaryKeys = (errors: FieldError[]) => invalidFields(errors);
