import { DomainError, FieldError } from '../errors/domain-error';

export class UnauthorizedError extends DomainError {
  constructor(code: string, message: string) {
    super(401, code, message);
  }
}

export const invalidCredentials = () => new UnauthorizedError('invalid_credentials', 'Invalid email or password');
export const accountDeactivated = () => new UnauthorizedError('account_deactivated', 'This account is deactivated');
export const notAuthenticated = () =>
  new UnauthorizedError(
    'unauthenticated',
    'Sign in (Authorization: Bearer <access token>) or send an API key (X-API-Key) to use this endpoint',
  );
export const invalidAccessToken = () =>
  new UnauthorizedError('invalid_token', 'The access token is invalid; sign in again');
export const expiredAccessToken = () =>
  new UnauthorizedError('token_expired', 'The access token has expired; refresh it or sign in again');
export const invalidRefreshToken = () =>
  new UnauthorizedError('invalid_refresh_token', 'The refresh token is invalid or expired; please sign in again');
export const refreshTokenReused = () =>
  new UnauthorizedError('refresh_token_reused', 'Refresh token reuse detected; please sign in again');
export const invalidApiKey = () => new UnauthorizedError('invalid_api_key', 'The API key is invalid');
export const revokedApiKey = () => new UnauthorizedError('api_key_revoked', 'The API key has been revoked');
export const expiredApiKey = () => new UnauthorizedError('api_key_expired', 'The API key has expired');

export class AccountLockedError extends DomainError {
  constructor(message: string) {
    super(423, 'account_locked', message);
  }
}

export class WrongPasswordError extends DomainError {
  constructor(errors: FieldError[]) {
    super(400, 'validation_failed', 'The current password is not correct', errors, 'Validation failed');
  }
}
