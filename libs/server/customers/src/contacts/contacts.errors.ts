import '../i18n/messages';
import { ConflictError, fieldError } from '@crm/server-core';

export const primaryContactConflict = () =>
  new ConflictError('primary_contact_conflict', [fieldError('isPrimary', 'field.has_primary_contact')]);
