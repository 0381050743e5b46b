import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { sha256 } from '../api-keys/api-key-format';
import { AppConfig } from '../config/app-config';
import { toUserDto } from '../users/dto/user.dto';
import { User } from '../users/user.entity';
import { accountDeactivated, invalidRefreshToken, refreshTokenReused } from './auth.errors';
import { AuthSessionDto } from './dto/auth-session.dto';
import { RefreshToken } from './refresh-token.entity';
import { Role } from './roles';

export interface AccessTokenPayload {
  sub: string;
  roles: Role[];
  typ: 'access';
  // The refresh-token family (session) the token belongs to; revoking the family ends the token too.
  sid?: string;
}

export interface ClientInfo {
  ip?: string;
  userAgent?: string;
}

type RotateOutcome = { ok: true; session: AuthSessionDto } | { ok: false; error: () => Error };

// Sign-in sessions: a family of single-use refresh tokens plus short-lived access tokens.
@Injectable()
export class SessionsService {
  constructor(
    @Inject(JwtService) private readonly jwt: JwtService,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  signAccessToken(user: Pick<User, 'id' | 'roles'>, familyId?: string): string {
    const payload: AccessTokenPayload = {
      sub: user.id,
      roles: user.roles,
      typ: 'access',
      ...(familyId && { sid: familyId }),
    };
    return this.jwt.sign(payload, { expiresIn: this.config.auth.accessTtlSeconds });
  }

  // Starts a new family for a user who just proved their password.
  async start(m: EntityManager, user: User, client: ClientInfo): Promise<AuthSessionDto> {
    const familyId = randomUUID();
    const refreshToken = await this.issue(m, user.id, familyId, client);
    return this.session(user, familyId, refreshToken);
  }

  async rotate(token: string, client: ClientInfo): Promise<AuthSessionDto> {
    const outcome = await this.ds.transaction(async (m): Promise<RotateOutcome> => {
      // FOR UPDATE: two refreshes racing with one token are serialised; the second is a reuse.
      const row = await m.findOne(RefreshToken, {
        where: { tokenHash: sha256(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) return { ok: false, error: invalidRefreshToken };
      if (row.usedAt) {
        // A used token coming back means it leaked: end the session for everyone holding it.
        await this.revokeFamily(m, row.familyId);
        return { ok: false, error: refreshTokenReused };
      }
      if (row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { ok: false, error: invalidRefreshToken };
      const user = await m.findOneBy(User, { id: row.userId });
      if (!user?.active) {
        await this.revokeFamily(m, row.familyId);
        return { ok: false, error: accountDeactivated };
      }
      await m.update(RefreshToken, { id: row.id }, { usedAt: new Date() });
      const refreshToken = await this.issue(m, user.id, row.familyId, client);
      return { ok: true, session: this.session(user, row.familyId, refreshToken) };
    });
    // Thrown after commit so the family revocation above is kept.
    if (!outcome.ok) throw outcome.error();
    return outcome.session;
  }

  // Sign-out: ends the token's whole family. Unknown tokens are ignored (nothing to end, nothing to reveal).
  async end(token: string): Promise<void> {
    const row = await this.ds.getRepository(RefreshToken).findOneBy({ tokenHash: sha256(token) });
    if (row) await this.revokeFamily(this.ds.manager, row.familyId);
  }

  private async issue(m: EntityManager, userId: string, familyId: string, client: ClientInfo): Promise<string> {
    const token = randomBytes(32).toString('base64url');
    await m.insert(RefreshToken, {
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + this.config.auth.refreshTtlSeconds * 1000),
      ip: client.ip?.slice(0, 100) ?? null,
      userAgent: client.userAgent?.slice(0, 500) ?? null,
    });
    return token;
  }

  private session(user: User, familyId: string, refreshToken: string): AuthSessionDto {
    return {
      accessToken: this.signAccessToken(user, familyId),
      refreshToken,
      expiresIn: this.config.auth.accessTtlSeconds,
      user: toUserDto(user),
    };
  }

  private async revokeFamily(m: EntityManager, familyId: string) {
    await m
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ revokedAt: () => 'now()' })
      .where('family_id = :familyId AND revoked_at IS NULL', { familyId })
      .execute();
  }
}
