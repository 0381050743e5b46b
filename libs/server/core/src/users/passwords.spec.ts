import { hashPassword, passwordProblems, verifyPassword } from './passwords';

describe('password rules', () => {
  it('accepts a password of 10 or more characters that is not the email', () => {
    expect(passwordProblems('correct horse', 'ann@example.com')).toEqual([]);
  });

  it('rejects a password shorter than 10 characters', () => {
    // toMatchObject: the errors also carry their message key for translation.
    expect(passwordProblems('short1!', 'ann@example.com')).toMatchObject([
      { field: 'password', message: 'password must be at least 10 characters' },
    ]);
  });

  it('rejects the email address as password, whatever its case, under the given field', () => {
    expect(passwordProblems('Ann.Lee@Example.com', 'ann.lee@example.com', 'newPassword')).toMatchObject([
      { field: 'newPassword', message: 'newPassword must not be the same as the email address' },
    ]);
  });

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hashPassword('Password123!');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    await expect(verifyPassword(hash, 'Password123!')).resolves.toBe(true);
    await expect(verifyPassword(hash, 'password123!')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });
});
