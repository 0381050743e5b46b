import { InvalidInputError } from '../errors/domain-error';

export const expiryInPast = () =>
  new InvalidInputError('expiresAt must be in the future', [
    { field: 'expiresAt', message: 'expiresAt must be in the future' },
  ]);
