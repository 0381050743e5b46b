import { FieldError, InvalidInputError } from '../errors/domain-error';
import { Message, toLocalisable } from '../i18n/translate';

// The message names the field itself, so it is both the detail and the field's error.
const invalidField = (field: string, message: Message) => {
  const error: FieldError = { field, ...toLocalisable(message) };
  return new InvalidInputError(error, [error]);
};

export const invalidWebhookUrl = (message: Message) => invalidField('url', message);

export const unknownWebhookEvents = (names: string[]) =>
  invalidField('events', new Message('webhook_events.unknown', { names: names.join(', ') }));
