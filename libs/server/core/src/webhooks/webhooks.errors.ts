import { InvalidInputError } from '../errors/domain-error';

export const invalidWebhookUrl = (message: string) => new InvalidInputError(message, [{ field: 'url', message }]);

export const unknownWebhookEvents = (names: string[]) => {
  const message = `events must name known events, "<prefix>.*" or "*"; unknown: ${names.join(', ')}`;
  return new InvalidInputError(message, [{ field: 'events', message }]);
};
