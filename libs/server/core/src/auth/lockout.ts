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

export function lockedMessage(maxFailures: number, lockedUntil: Date, now: Date): string {
  const minutes = minutesLeft(lockedUntil, now);
  return `This account is locked after ${maxFailures} failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`;
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
