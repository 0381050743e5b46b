import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CustomersService } from '../../customers/customers.service';
import { CreateCustomerDto } from '../../customers/dto/create-customer.dto';
import { UpdateCustomerDto } from '../../customers/dto/update-customer.dto';
import { DictionaryService } from '../../dictionary/dictionary.service';
import { IMPORT_COLUMNS } from '../import-columns';
import { Importable } from '../import-export.registry';
import {
  applyOwnerEmail,
  BatchOutcome,
  distinct,
  ImportContext,
  inLanes,
  ImportRow,
  isVisibleTo,
  reject,
  resolveOwnerEmails,
  RowImporter,
  textValue,
  validateDto,
} from './importer';

interface Known {
  id: string;
  version: number;
  ownerId: string | null;
  deleted: boolean;
}

// Dictionary-backed fields and their types. A cell may hold the key or an English/Chinese label.
const DICTIONARY_FIELDS = [
  ['industry', 'industry'],
  ['region', 'region'],
  ['source', 'customer_source'],
] as const;

// Customers match on code: a known code updates that customer, a new or empty one creates a
// customer (an empty code gets a generated one, which a later import of the same file cannot match).
@Injectable()
@Importable({
  name: 'customers',
  label: 'records.customers',
  columns: IMPORT_COLUMNS.customers,
  permission: 'imports.run',
})
export class CustomerImporter implements RowImporter {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomersService) private readonly customers: CustomersService,
    @Inject(DictionaryService) private readonly dictionary: DictionaryService,
  ) {}

  async importBatch(records: ImportRow[][], ctx: ImportContext, outcome: BatchOutcome): Promise<void> {
    const rows = records.map((r) => r[0]);
    const labels = await this.labels(ctx);
    const owners = await resolveOwnerEmails(this.ds, rows);
    const known = await this.findByCode(distinct(rows.map((r) => textValue(r.values.code))));
    await inLanes(
      rows,
      (r) => textValue(r.values.code),
      async ({ row, values: raw }) => {
        const values = { ...raw };
        await outcome.run(row, async () => {
          applyOwnerEmail(values, owners);
          for (const [field] of DICTIONARY_FIELDS) {
            const text = textValue(values[field]);
            if (text) values[field] = labels.get(`${field}\u0000${text.toLowerCase()}`) ?? text;
          }
          const code = textValue(values.code);
          const match = code ? known.get(code) : undefined;
          if (match) {
            if (match.deleted) throw reject('code', `customer ${code} is in the bin; restore it before importing it`);
            if (!isVisibleTo(ctx.scope, match.ownerId))
              throw reject('code', `customer ${code} exists but is not visible to you; it was not changed`);
            const dto = await validateDto(UpdateCustomerDto, { ...values, version: match.version });
            if (!ctx.dryRun) {
              const saved = await this.customers.updateCustomer(match.id, dto, ctx.user);
              known.set(saved.code, { id: saved.id, version: saved.version, ownerId: saved.ownerId, deleted: false });
            }
            return 'updated';
          }
          const dto = await validateDto(CreateCustomerDto, values);
          if (ctx.dryRun) {
            // A later row with the same code would update this one.
            if (code) known.set(code, { id: '', version: 1, ownerId: dto.ownerId ?? ctx.user.id, deleted: false });
            return 'created';
          }
          const saved = await this.customers.createCustomer(dto, ctx.user);
          known.set(saved.code, { id: saved.id, version: saved.version, ownerId: saved.ownerId, deleted: false });
          return 'created';
        });
      },
    );
  }

  private async findByCode(codes: string[]): Promise<Map<string, Known>> {
    if (!codes.length) return new Map();
    // Binned customers too: their codes stay taken.
    const rows: Array<{ id: string; code: string; version: number; owner_id: string | null; deleted: boolean }> =
      await this.ds.query(
        `SELECT id, code, version, owner_id, deleted_at IS NOT NULL AS deleted FROM customers WHERE code = ANY($1::text[])`,
        [codes],
      );
    return new Map(
      rows.map((r) => [r.code, { id: r.id, version: r.version, ownerId: r.owner_id, deleted: r.deleted }]),
    );
  }

  // "field\0lower-case label or key" → key, for the whole import.
  private async labels(ctx: ImportContext): Promise<Map<string, string>> {
    const cached = ctx.cache.get('customer-labels') as Map<string, string> | undefined;
    if (cached) return cached;
    const map = new Map<string, string>();
    for (const [field, type] of DICTIONARY_FIELDS) {
      const entries = await this.dictionary.labels(type);
      for (const [key, { labelEn, labelZh }] of entries) {
        for (const label of [labelEn, labelZh]) map.set(`${field}\u0000${label.toLowerCase()}`, key);
      }
      // Keys win over a label that happens to spell another key.
      for (const key of entries.keys()) map.set(`${field}\u0000${key.toLowerCase()}`, key);
    }
    ctx.cache.set('customer-labels', map);
    return map;
  }
}
