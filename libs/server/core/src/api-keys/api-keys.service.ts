import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { expiredApiKey, invalidApiKey, revokedApiKey } from '../auth/auth.errors';
import { NotFoundError } from '../errors/domain-error';
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

@Injectable()
export class ApiKeysService {
  constructor(
    @InjectRepository(ApiKey) private readonly keys: Repository<ApiKey>,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  async listApiKeys(query: ListApiKeysQueryDto): Promise<Page<ApiKeyDto>> {
    const qb = this.keys.createQueryBuilder('k');
    if (query.q) qb.andWhere('(k.name ILIKE :q OR k.prefix ILIKE :q)', { q: likePattern(query.q) });
    if (query.role) qb.andWhere('k.role = :role', { role: query.role });
    if (query.revoked !== undefined) qb.andWhere(query.revoked ? 'k.revokedAt IS NOT NULL' : 'k.revokedAt IS NULL');
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: '-createdAt' }, toApiKeyDto);
  }

  async getApiKey(id: string): Promise<ApiKeyDto> {
    return toApiKeyDto(await this.find(id));
  }

  async createApiKey(dto: CreateApiKeyDto, actor: AuthUser): Promise<CreatedApiKeyDto> {
    const expiresAt = dto.expiresAt ? new Date(dto.expiresAt) : null;
    if (expiresAt && expiresAt.getTime() <= Date.now()) throw expiryInPast();
    const { key, prefix, hash } = generateApiKey();
    const saved = await this.keys.save(
      this.keys.create({ name: dto.name, role: dto.role, prefix, keyHash: hash, expiresAt, createdById: actor.id }),
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
    const key = await this.keys.findOneBy({ keyHash: sha256(raw) });
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
    // Acts with the key's role; `id` is the creating user so records it creates have an owner.
    return {
      id: key.createdById,
      email: '',
      name: key.name,
      roles: [key.role],
      departmentId: null,
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
