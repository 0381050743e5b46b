import { english } from '../i18n/translate';
import { afterFailure, isLocked, lockedMessage, minutesLeft } from './lockout';

const now = new Date('2026-01-01T12:00:00Z');
const plus = (ms: number) => new Date(now.getTime() + ms);

describe('sign-in lockout', () => {
  it('counts failures without locking below the limit', () => {
    expect(afterFailure({ failedLoginCount: 3, lockedUntil: null }, now, 5, 15)).toEqual({
      failedLoginCount: 4,
      lockedUntil: null,
    });
  });

  it('locks for lockMinutes on the failure that reaches the limit', () => {
    expect(afterFailure({ failedLoginCount: 4, lockedUntil: null }, now, 5, 15)).toEqual({
      failedLoginCount: 5,
      lockedUntil: plus(15 * 60_000),
    });
  });

  it('starts a fresh series once a lock has run out', () => {
    const state = afterFailure({ failedLoginCount: 5, lockedUntil: plus(-1000) }, now, 5, 15);
    expect(state).toEqual({ failedLoginCount: 1, lockedUntil: null });
  });

  it('is locked only until lockedUntil', () => {
    expect(isLocked({ failedLoginCount: 5, lockedUntil: plus(1) }, now)).toBe(true);
    expect(isLocked({ failedLoginCount: 5, lockedUntil: now }, now)).toBe(false);
    expect(isLocked({ failedLoginCount: 0, lockedUntil: null }, now)).toBe(false);
  });

  it('rounds the minutes left up and never shows zero', () => {
    expect(minutesLeft(plus(15 * 60_000), now)).toBe(15);
    expect(minutesLeft(plus(14 * 60_000 + 1), now)).toBe(15);
    expect(minutesLeft(plus(500), now)).toBe(1);
  });

  it('tells how many failures locked the account and when to retry', () => {
    expect(english(lockedMessage(5, plus(15 * 60_000), now))).toBe(
      'This account is locked after 5 failed sign-in attempts. Try again in 15 minutes.',
    );
    expect(english(lockedMessage(5, plus(30_000), now))).toBe(
      'This account is locked after 5 failed sign-in attempts. Try again in 1 minute.',
    );
  });
});
