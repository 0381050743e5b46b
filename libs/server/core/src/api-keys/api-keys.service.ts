import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { apiKeyCreatorInactive, expiredApiKey, invalidApiKey, revokedApiKey } from '../auth/auth.errors';
import { Role } from '../auth/roles';
import { fieldError, InvalidInputError, NotFoundError } from '../errors/domain-error';
import { PermissionsService } from '../permissions/permissions.service';
import { User } from '../users/user.entity';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import { generateApiKey, parseApiKey, sha256 } from './api-key-format';
import { ApiKey } from './api-key.entity';
import { expiryInPast } from './api-keys.errors';
import { ApiKeyDto, CreatedApiKeyDto, toApiKeyDto } from './dto/api-key.dto';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { ListApiKeysQueryDto } from './dto/list-api-keys-query.dto';

const SORTABLE = { name: 'k.name', createdAt: 'k.createdAt', lastUsedAt: 'k.lastUsedAt', expiresAt: 'k.expiresAt' };
const TOUCH_INTERVAL_MS = 60_000;
// Scopes of keys made before scopes existed: every permission of that role (migration 1763800005200).
const LEGACY_ROLE_SCOPE = 'role:';

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(PermissionsService) private readonly permissions: PermissionsService,
  ) {}

  async listApiKeys(query: ListApiKeysQueryDto): Promise<Page<ApiKeyDto>> {
    const qb = this.keys.createQueryBuilder('k');
    if (query.q) qb.andWhere('(k.name ILIKE :q OR k.prefix ILIKE :q)', { q: likePattern(query.q) });
    if (query.scope) qb.andWhere(':scope = ANY(k.scopes)', { scope: query.scope });
    if (query.revoked !== undefined) qb.andWhere(query.revoked ? 'k.revokedAt IS NOT NULL' : 'k.revokedAt IS NULL');
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: '-createdAt' }, toApiKeyDto);
  }

  async getApiKey(id: string): Promise<ApiKeyDto> {
    return toApiKeyDto(await this.find(id));
  }

  async createApiKey(dto: CreateApiKeyDto, actor: AuthUser): Promise<CreatedApiKeyDto> {
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw expiryInPast();
    const unknown = dto.scopes.find((scope) => !this.permissions.has(scope));
    if (unknown !== undefined) {
      const error = fieldError('scopes', 'field.unknown_permission', { value: unknown });
      throw new InvalidInputError(error, [error]);
    }
    const { key, prefix, hash } = generateApiKey();
    const saved = await this.keys.save(
      this.keys.create({
        name: dto.name,
        scopes: [...new Set(dto.scopes)],
        prefix,
        keyHash: hash,
        expiresAt,
        createdById: actor.id,
      }),
    );
    // The full key leaves the server once, in this response.
    return { ...toApiKeyDto(await this.find(saved.id)), key };
  }

  // Idempotent: revoking a revoked key answers it unchanged.
  async revokeApiKey(id: string): Promise<ApiKeyDto> {
    await this.ds.transaction(async (m) => {
      const key = await m.findOne(ApiKey, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!key) throw new NotFoundError('API key', id);
      if (key.revokedAt) return;
      key.revokedAt = new Date();
      await m.save(key);
    });
    return this.getApiKey(id);
  }

  // Resolves an X-API-Key header to the principal it acts as.
  async authenticate(rawKey: string): Promise<AuthUser> {
    const raw = rawKey.trim();
    if (!parseApiKey(raw)) throw invalidApiKey();
    // The creator comes in the same query: every request with a key needs their current rights.
    const key = await this.keys.findOne({ where: { keyHash: sha256(raw) }, relations: { createdBy: true } });
    if (!key) throw invalidApiKey();
    if (key.revokedAt) throw revokedApiKey();
    const now = Date.now();
    if (key.expiresAt && key.expiresAt.getTime() <= now) throw expiredApiKey();
    if (!key.lastUsedAt || now - key.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
      // Plain SQL: bookkeeping must not bump `version` or reach the audit log; the WHERE keeps
      // concurrent requests to one write a minute.
      await this.ds.query(
        `UPDATE api_keys SET last_used_at = now() WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < now() - interval '1 minute')`,
        [key.id],
      );
    }
    return this.principalFor(key);
  }

  // A key acts for its creator, never beyond them: its scopes within the creator's current
  // permissions, and the creator's roles decide which records it sees. A deactivated or deleted
  // creator stops the key. `id` is the creator so records the key creates have an owner.
  async principalFor(key: ApiKey): Promise<AuthUser> {
    const creator =
      key.createdBy !== undefined
        ? key.createdBy
        : key.createdById
          ? await this.ds.getRepository(User).findOneBy({ id: key.createdById })
          : null;
    if (!creator?.active) throw apiKeyCreatorInactive();
    const allowed = new Set(this.permissions.forRoles(creator.roles));
    const scoped = new Set(
      key.scopes.flatMap((scope) =>
        scope.startsWith(LEGACY_ROLE_SCOPE) ? this.permissions.forRoles([scope.slice(5) as Role]) : [scope],
      ),
    );
    return {
      id: creator.id,
      email: '',
      name: key.name,
      roles: creator.roles,
      permissions: [...scoped].filter((p) => allowed.has(p)),
      departmentId: creator.departmentId,
      kind: 'api_key',
      apiKeyId: key.id,
    };
  }

  private async find(id: string): Promise<ApiKey> {
    const key = await this.keys.findOneBy({ id });
    if (!key) throw new NotFoundError('API key', id);
    return key;
  }
}
