import '../i18n/messages';
import { fieldError, InvalidInputError, msg } from '@crm/server-core';

export const contactNotOfCustomer = () =>
  new InvalidInputError(msg('validation_failed.contact_not_of_customer'), [
    fieldError('contactId', 'field.customer_contact'),
  ]);

export const unknownStaff = () =>
  new InvalidInputError(msg('validation_failed.unknown_staff'), [fieldError('staffId', 'field.active_user')]);
