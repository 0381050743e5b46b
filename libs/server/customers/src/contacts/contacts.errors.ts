import { ConflictError } from '@crm/server-core';

export const primaryContactConflict = () =>
  new ConflictError('primary_contact_conflict', 'Another primary contact was set at the same time; try again', [
    { field: 'isPrimary', message: 'the customer already has a primary contact' },
  ]);
