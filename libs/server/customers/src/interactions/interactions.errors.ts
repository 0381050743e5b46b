import { InvalidInputError } from '@crm/server-core';

export const contactNotOfCustomer = () =>
  new InvalidInputError('The contact does not belong to the customer', [
    { field: 'contactId', message: "contactId must refer to one of the customer's contacts" },
  ]);

export const unknownStaff = () =>
  new InvalidInputError('The staff member does not exist or is inactive', [
    { field: 'staffId', message: 'staffId must refer to an active user' },
  ]);
