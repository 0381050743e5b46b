import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { fieldError, ForbiddenError, InvalidInputError } from '../errors/domain-error';
import { msg } from '../i18n/translate';
import { CurrentUserDto, toUserDto } from '../users/dto/user.dto';
import { burnPasswordCheck, hashPassword, normalizeEmail, passwordProblems, verifyPassword } from '../users/passwords';
import { User } from '../users/user.entity';
import { revokeAllSessions } from '../users/users.service';
import { AuthUser } from './auth-user';
import {
  AccountLockedError,
  accountDeactivated,
  expiredAccessToken,
  invalidAccessToken,
  invalidCredentials,
  sessionEnded,
  WrongPasswordError,
} from './auth.errors';
import { AuthSessionDto } from './dto/auth-session.dto';
import { ChangePasswordDto } from './dto/change-password.dto';
import { LoginDto } from './dto/login.dto';
import { afterFailure, isLocked, lockedMessage } from './lockout';
import { AccessTokenPayload, ClientInfo, SessionsService } from './sessions.service';
import { Role } from './roles';
import { scopeKindFor } from '../visibility/visibility-scope';
import { PermissionsService } from '../permissions/permissions.service';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// The user row plus whether the token's session is still open, read in one query on every request.
const PRINCIPAL_SQL = `
  SELECT u.id, u.email, u.name, u.roles, u.department_id, u.active,
         ($2::uuid IS NULL OR EXISTS (
           SELECT 1 FROM refresh_tokens t WHERE t.family_id = $2::uuid AND t.revoked_at IS NULL
         )) AS session_open
  FROM users u WHERE u.id = $1::uuid`;

interface PrincipalRow {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  department_id: string | null;
  active: boolean;
  session_open: boolean;
}

@Injectable()
export class AuthService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(SessionsService) private readonly sessions: SessionsService,
    @Inject(PermissionsService) private readonly permissions: PermissionsService,
  ) {}

  async login(dto: LoginDto, client: ClientInfo): Promise<AuthSessionDto> {
    const { maxFailures, lockMinutes } = this.config.auth;
    const user = await this.ds
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('lower(u.email) = :email', { email: normalizeEmail(dto.email) })
      .getOne();
    if (!user) {
      await burnPasswordCheck(dto.password);
      throw invalidCredentials();
    }
    const now = new Date();
    // A locked account refuses even the right password, and the attempt is not counted.
    if (isLocked(user, now)) throw new AccountLockedError(lockedMessage(maxFailures, user.lockedUntil!, now));
    if (!(await verifyPassword(user.passwordHash, dto.password))) {
      await this.recordFailure(user.id);
      throw invalidCredentials();
    }
    // Checked after the password so the account's state is only told to someone who knows it.
    if (!user.active) throw accountDeactivated();
    return this.ds.transaction(async (m) => {
      // Plain SQL: sign-in bookkeeping neither bumps `version` nor reaches the audit log. The lock
      // condition covers a lock set by a concurrent failed attempt since we read the row.
      const [, affected] = await m.query(
        `UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = $2
         WHERE id = $1 AND (locked_until IS NULL OR locked_until <= $2)`,
        [user.id, now],
      );
      if (!affected)
        throw new AccountLockedError(lockedMessage(maxFailures, new Date(now.getTime() + lockMinutes * 60_000), now));
      user.failedLoginCount = 0;
      user.lockedUntil = null;
      user.lastLoginAt = now;
      return this.sessions.start(m, user, client);
    });
  }

  refresh(refreshToken: string, client: ClientInfo): Promise<AuthSessionDto> {
    return this.sessions.rotate(refreshToken, client);
  }

  logout(refreshToken: string): Promise<void> {
    return this.sessions.end(refreshToken);
  }

  async me(principal: AuthUser): Promise<CurrentUserDto> {
    const user = await this.ds.getRepository(User).findOneBy({ id: this.userId(principal) });
    if (!user) throw invalidAccessToken();
    return { ...toUserDto(user), permissions: [...principal.permissions], visibility: scopeKindFor(user.roles) };
  }

  // Ends the user's other sessions; the one making the request stays signed in.
  async changePassword(principal: AuthUser, dto: ChangePasswordDto): Promise<void> {
    const id = this.userId(principal);
    await this.ds.transaction(async (m) => {
      const user = await m
        .createQueryBuilder(User, 'u')
        .addSelect('u.passwordHash')
        .setLock('pessimistic_write')
        .where('u.id = :id', { id })
        .getOne();
      if (!user) throw invalidAccessToken();
      if (!(await verifyPassword(user.passwordHash, dto.currentPassword)))
        throw new WrongPasswordError([fieldError('currentPassword', 'field.password_incorrect')]);
      const problems = passwordProblems(dto.newPassword, user.email, 'newPassword');
      if (dto.newPassword === dto.currentPassword) problems.push(fieldError('newPassword', 'field.password_unchanged'));
      if (problems.length) throw new InvalidInputError(problems[0], problems);
      user.passwordHash = await hashPassword(dto.newPassword);
      user.passwordChangedAt = new Date();
      await m.save(user);
      await revokeAllSessions(m, user.id, principal.sessionId);
    });
  }

  // Verifies an access token and loads its user. Nothing is cached: deactivating a user or ending a
  // session takes effect on the next request. Also used outside Nest routes (Bull Board).
  async verifyAccessToken(token: string): Promise<AuthUser> {
    let payload: AccessTokenPayload;
    try {
      payload = await this.jwt.verifyAsync<AccessTokenPayload>(token, { algorithms: ['HS256'] });
    } catch (e) {
      throw (e as Error).name === 'TokenExpiredError' ? expiredAccessToken() : invalidAccessToken();
    }
    if (payload.typ !== 'access' || !UUID.test(payload.sub ?? '') || (payload.sid && !UUID.test(payload.sid)))
      throw invalidAccessToken();
    const [row]: PrincipalRow[] = await this.ds.query(PRINCIPAL_SQL, [payload.sub, payload.sid ?? null]);
    if (!row) throw invalidAccessToken();
    if (!row.active) throw accountDeactivated();
    if (!row.session_open) throw sessionEnded();
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      roles: row.roles,
      permissions: this.permissions.forRoles(row.roles),
      departmentId: row.department_id,
      kind: 'user',
      sessionId: payload.sid,
    };
  }

  private userId(principal: AuthUser): string {
    if (principal.kind !== 'user' || !principal.id) throw new ForbiddenError(msg('forbidden.needs_user'));
    return principal.id;
  }

  private async recordFailure(userId: string) {
    const { maxFailures, lockMinutes } = this.config.auth;
    await this.ds.transaction(async (m) => {
      const [row]: Array<{ failed_login_count: number; locked_until: Date | null }> = await m.query(
        'SELECT failed_login_count, locked_until FROM users WHERE id = $1 FOR UPDATE',
        [userId],
      );
      const next = afterFailure(
        { failedLoginCount: row.failed_login_count, lockedUntil: row.locked_until },
        new Date(),
        maxFailures,
        lockMinutes,
      );
      await m.query('UPDATE users SET failed_login_count = $2, locked_until = $3 WHERE id = $1', [
        userId,
        next.failedLoginCount,
        next.lockedUntil,
      ]);
    });
  }
}
