import { Message, msg } from '../i18n/translate';

// Pure rules of the sign-in lockout; the service applies them in SQL and to messages.

export interface LockState {
  failedLoginCount: number;
  lockedUntil: Date | null;
}

export const isLocked = (state: LockState, now: Date): boolean =>
  state.lockedUntil !== null && state.lockedUntil.getTime() > now.getTime();

// Whole minutes left, rounded up so "0 minutes" is never shown while still locked.
export const minutesLeft = (lockedUntil: Date, now: Date): number =>
  Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));

export function lockedMessage(maxFailures: number, lockedUntil: Date, now: Date): Message {
  const minutes = minutesLeft(lockedUntil, now);
  return minutes === 1
    ? msg('account_locked.one_minute', { maxFailures })
    : msg('account_locked', { maxFailures, minutes });
}

// The state after one more wrong password. A lock that has run out starts a fresh series.
export function afterFailure(state: LockState, now: Date, maxFailures: number, lockMinutes: number): LockState {
  const expired = state.lockedUntil !== null && !isLocked(state, now);
  const failedLoginCount = (expired ? 0 : state.failedLoginCount) + 1;
  const lockedUntil =
    failedLoginCount >= maxFailures
      ? new Date(now.getTime() + lockMinutes * 60_000)
      : expired
        ? null
        : state.lockedUntil;
  return { failedLoginCount, lockedUntil };
}
