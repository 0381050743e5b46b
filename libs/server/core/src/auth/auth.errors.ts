import { DomainError, FieldError } from '../errors/domain-error';
import { Message, MessageKey, msg } from '../i18n/translate';

// The code is also the message key unless a message is given.
export class UnauthorizedError extends DomainError {
  constructor(code: MessageKey, message?: Message);
  constructor(code: string, message: string | Message);
  constructor(code: string, message?: string | Message) {
    super(401, code, message ?? msg(code as MessageKey));
  }
}

export const invalidCredentials = () => new UnauthorizedError('invalid_credentials');
export const accountDeactivated = () => new UnauthorizedError('account_deactivated');
export const notAuthenticated = () => new UnauthorizedError('unauthenticated');
export const invalidAccessToken = () => new UnauthorizedError('invalid_token');
export const malformedAuthorization = () => new UnauthorizedError('invalid_token', msg('invalid_token.header'));
export const expiredAccessToken = () => new UnauthorizedError('token_expired');
export const invalidRefreshToken = () => new UnauthorizedError('invalid_refresh_token');
export const refreshTokenReused = () => new UnauthorizedError('refresh_token_reused');
export const sessionEnded = () => new UnauthorizedError('session_ended');
export const invalidApiKey = () => new UnauthorizedError('invalid_api_key');
export const revokedApiKey = () => new UnauthorizedError('api_key_revoked');
export const expiredApiKey = () => new UnauthorizedError('api_key_expired');
export const apiKeyCreatorInactive = () => new UnauthorizedError('api_key_creator_inactive');

export class AccountLockedError extends DomainError {
  constructor(message: Message) {
    super(423, 'account_locked', message);
  }
}

export class WrongPasswordError extends DomainError {
  constructor(errors: FieldError[]) {
    super(400, 'validation_failed', msg('validation_failed.wrong_password'), errors, 'Validation failed');
  }
}
