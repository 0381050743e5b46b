import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditChanges, AuditLogEntry } from '../audit/audit-log-entry.entity';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Department } from '../departments/department.entity';
import { hashPassword, normalizeEmail, passwordProblems } from './passwords';
import { revokeAllSessions } from './users.service';
import { User } from './user.entity';

// What a plain DataSource needs to reset a password (the CLI does not boot Nest).
export const PASSWORD_RESET_ENTITIES = [User, Department, RefreshToken, AuditLogEntry];
export const PASSWORD_RESET_ACTOR = 'admin:reset-password';

export interface PasswordResetResult {
  email: string;
  // Set only when the password was generated here (the operator did not choose it).
  generatedPassword?: string;
  // A deactivated account stays deactivated: reactivating is an administrator's decision in the app.
  active: boolean;
}

// The operator's way back into a locked-out or forgotten account (npm run admin:reset-password -- <email>):
// new password, lockout cleared, every session ended, one audit entry.
export async function resetPassword(ds: DataSource, email: string, chosen?: string): Promise<PasswordResetResult> {
  const normalized = normalizeEmail(email);
  if (!normalized) throw new Error('Give the e-mail address of the account: npm run admin:reset-password -- <email>');
  return ds.transaction(async (m) => {
    const user = await m
      .createQueryBuilder(User, 'u')
      .where('lower(u.email) = :email', { email: normalized })
      .setLock('pessimistic_write')
      .getOne();
    if (!user) throw new Error(`No user has the e-mail address ${normalized}; nothing was changed`);
    if (chosen !== undefined) {
      const problems = passwordProblems(chosen, user.email, 'ADMIN_PASSWORD');
      if (problems.length) throw new Error(problems.map((p) => p.message).join('; '));
    }
    const generatedPassword = chosen === undefined ? randomBytes(12).toString('base64url') : undefined;
    const changedAt = new Date();
    // Plain SQL (like sign-in bookkeeping) so the audit subscriber does not add a second, less precise entry.
    await m
      .createQueryBuilder()
      .update(User)
      .set({
        passwordHash: await hashPassword(chosen ?? generatedPassword!),
        passwordChangedAt: changedAt,
        failedLoginCount: 0,
        lockedUntil: null,
        version: () => 'version + 1',
      })
      .where({ id: user.id })
      .execute();
    await revokeAllSessions(m, user.id);
    const changes: AuditChanges = {
      passwordChangedAt: { before: user.passwordChangedAt?.toISOString() ?? null, after: changedAt.toISOString() },
      ...(user.lockedUntil && { lockedUntil: { before: user.lockedUntil.toISOString(), after: null } }),
    };
    await m.insert(AuditLogEntry, {
      entity: 'users',
      entityId: user.id,
      action: 'update',
      actorId: null,
      actorKind: 'system',
      actorName: PASSWORD_RESET_ACTOR,
      changes: changes as object,
    });
    return { email: user.email, generatedPassword, active: user.active };
  });
}
