import { fieldError, FieldError, likePattern, NotFoundError, Page, paginate, assertVersion } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors';
import { dictionaryEntryExists, dictionaryEntryInUse, invalidDictionaryKeys } from './dictionary.errors';
import { DictionaryEntry } from './dictionary-entry.entity';
import { CreateDictionaryEntryDto } from './dto/create-dictionary-entry.dto';
import { DictionaryEntryDto, toDictionaryEntryDto } from './dto/dictionary-entry.dto';
import { ListDictionaryEntriesQueryDto } from './dto/list-dictionary-entries-query.dto';
import { UpdateDictionaryEntryDto } from './dto/update-dictionary-entry.dto';

// A column that stores keys of one dictionary type; an entry it holds cannot be deleted.
export interface DictionaryUsage {
  table: string;
  column: string;
  // text[] column holding several keys.
  array?: boolean;
}

// A dictionary-backed field to check: `key` must be an active entry of `type`.
export interface DictionaryKeyCheck {
  field: string;
  type: string;
  key: string | null | undefined;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;
const SORTABLE = {
  type: 'd.type',
  key: 'd.key',
  sortOrder: 'd.sortOrder',
  labelEn: 'd.labelEn',
  createdAt: 'd.createdAt',
};

@Injectable()
export class DictionaryService {
  private readonly usages = new Map<string, DictionaryUsage[]>();

  constructor(
    @InjectRepository(DictionaryEntry) private readonly entries: Repository<DictionaryEntry>,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {
    // The customers lib's own dictionary-backed columns; other modules register theirs at start-up.
    this.registerUsage('industry', { table: 'customers', column: 'industry' });
    this.registerUsage('region', { table: 'customers', column: 'region' });
    this.registerUsage('customer_source', { table: 'customers', column: 'source' });
    this.registerUsage('customer_tier', { table: 'customers', column: 'value_tier' });
    this.registerUsage('interaction_type', { table: 'interactions', column: 'type' });
  }

  // Declares that `usage` stores keys of `type`, so deleting such an entry answers 409 while in use.
  registerUsage(type: string, usage: DictionaryUsage) {
    if (!IDENTIFIER.test(usage.table) || !IDENTIFIER.test(usage.column))
      throw new Error(`invalid dictionary usage ${usage.table}.${usage.column}`);
    this.usages.set(type, [...(this.usages.get(type) ?? []), usage]);
  }

  async listDictionaryEntries(query: ListDictionaryEntriesQueryDto): Promise<Page<DictionaryEntryDto>> {
    const qb = this.entries.createQueryBuilder('d');
    if (query.type) qb.andWhere('d.type = :type', { type: query.type });
    if (query.active !== undefined) qb.andWhere('d.active = :active', { active: query.active });
    if (query.q)
      qb.andWhere('(d.key ILIKE :q OR d.labelEn ILIKE :q OR d.labelZh ILIKE :q)', { q: likePattern(query.q) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: 'type,sortOrder' }, toDictionaryEntryDto);
  }

  async getDictionaryEntry(id: string): Promise<DictionaryEntryDto> {
    return toDictionaryEntryDto(await this.find(this.entries.manager, id));
  }

  async createDictionaryEntry(dto: CreateDictionaryEntryDto): Promise<DictionaryEntryDto> {
    if (await this.entries.existsBy({ type: dto.type, key: dto.key })) throw dictionaryEntryExists(dto.type, dto.key);
    const entry = this.entries.create({
      type: dto.type,
      key: dto.key,
      labelEn: dto.labelEn,
      labelZh: dto.labelZh,
      sortOrder: dto.sortOrder ?? 0,
      active: dto.active ?? true,
    });
    try {
      return toDictionaryEntryDto(await this.entries.save(entry));
    } catch (e) {
      // Two admins adding the same key at once: the unique index decides.
      if (isUniqueViolation(e, 'uq_dictionary_entries_type_key')) throw dictionaryEntryExists(dto.type, dto.key);
      throw e;
    }
  }

  async updateDictionaryEntry(id: string, dto: UpdateDictionaryEntryDto): Promise<DictionaryEntryDto> {
    const saved = await this.ds.transaction(async (m) => {
      const entry = await this.find(m, id, true);
      assertVersion(entry, dto.version, 'DictionaryEntry');
      if (dto.labelEn !== undefined) entry.labelEn = dto.labelEn;
      if (dto.labelZh !== undefined) entry.labelZh = dto.labelZh;
      if (dto.sortOrder !== undefined) entry.sortOrder = dto.sortOrder;
      if (dto.active !== undefined) entry.active = dto.active;
      return m.save(entry);
    });
    return toDictionaryEntryDto(saved);
  }

  async deleteDictionaryEntry(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const entry = await this.find(m, id, true);
      if (await this.isInUse(m, entry.type, entry.key)) throw dictionaryEntryInUse(entry.type, entry.key);
      await m.remove(entry);
    });
  }

  // Throws 400 naming every field whose value is not an active key of its type. Null/undefined pass.
  async assertActiveKeys(checks: DictionaryKeyCheck[], m: EntityManager = this.entries.manager): Promise<void> {
    const wanted = checks.filter((c): c is DictionaryKeyCheck & { key: string } => typeof c.key === 'string');
    if (!wanted.length) return;
    const rows: Array<{ type: string; key: string }> = await m.query(
      `SELECT type, key FROM dictionary_entries
       WHERE active AND (type, key) IN (SELECT * FROM unnest($1::text[], $2::text[]))`,
      [wanted.map((c) => c.type), wanted.map((c) => c.key)],
    );
    const found = new Set(rows.map((r) => `${r.type}\u0000${r.key}`));
    const errors: FieldError[] = wanted
      .filter((c) => !found.has(`${c.type}\u0000${c.key}`))
      .map((c) => fieldError(c.field, 'field.active_dictionary_key', { type: c.type, key: c.key }));
    if (errors.length) throw invalidDictionaryKeys(errors);
  }

  // Labels of one type by key, for read models that show labels (timeline titles, exports).
  async labels(type: string): Promise<Map<string, { labelEn: string; labelZh: string }>> {
    const rows = await this.entries.find({ where: { type }, order: { sortOrder: 'ASC' } });
    return new Map(rows.map((r) => [r.key, { labelEn: r.labelEn, labelZh: r.labelZh }]));
  }

  private async isInUse(m: EntityManager, type: string, key: string): Promise<boolean> {
    for (const usage of this.usages.get(type) ?? []) {
      const condition = usage.array ? `$1 = ANY(${usage.column})` : `${usage.column} = $1`;
      const [row] = await m.query(`SELECT EXISTS (SELECT 1 FROM ${usage.table} WHERE ${condition}) AS used`, [key]);
      if (row.used) return true;
    }
    return false;
  }

  private async find(m: EntityManager, id: string, lock = false): Promise<DictionaryEntry> {
    const entry = await m.findOne(DictionaryEntry, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!entry) throw new NotFoundError('Dictionary entry', id);
    return entry;
  }
}
