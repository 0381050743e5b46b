import * as argon2 from 'argon2';
import { FieldError, fieldError } from '../errors/domain-error';

export const PASSWORD_MIN_LENGTH = 10;
// argon2 cost grows with input length; cap it so a huge body cannot tie up the CPU.
export const PASSWORD_MAX_LENGTH = 200;

export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", not as a 500.
    return false;
  }
}

let dummyHash: Promise<string> | undefined;
// Verifying against a throw-away hash when the email is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
export const burnPasswordCheck = async (password: string) => {
  dummyHash ??= hashPassword('not-a-real-password-0000');
  await verifyPassword(await dummyHash, password);
};

// Rules beyond the DTO's length checks; returns field errors for `field`.
export function passwordProblems(password: string, email: string, field = 'password'): FieldError[] {
  const problems: FieldError[] = [];
  if (password.length < PASSWORD_MIN_LENGTH)
    problems.push(fieldError(field, 'field.password_too_short', { min: PASSWORD_MIN_LENGTH }));
  if (password.trim().toLowerCase() === email.trim().toLowerCase())
    problems.push(fieldError(field, 'field.password_is_email'));
  return problems;
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();
