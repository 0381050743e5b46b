import { fieldError, InvalidInputError } from '../errors/domain-error';

export const expiryInPast = () => {
  const error = fieldError('expiresAt', 'field.future');
  return new InvalidInputError(error, [error]);
};
