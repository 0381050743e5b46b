import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ContactsService } from '../../contacts/contacts.service';
import { CreateContactDto } from '../../contacts/dto/create-contact.dto';
import { UpdateContactDto } from '../../contacts/dto/update-contact.dto';
import { IMPORT_COLUMNS } from '../import-columns';
import { Importable } from '../import-export.registry';
import {
  BatchOutcome,
  distinct,
  ImportContext,
  ImportRow,
  inLanes,
  isVisibleTo,
  reject,
  RowFieldError,
  RowImporter,
  textValue,
  validateDto,
} from './importer';

interface KnownContact {
  id: string;
  version: number;
  name: string;
  email: string | null;
}

const GENDERS: Record<string, string> = { 男: 'male', 女: 'female', 其他: 'other' };

// Contacts hang off a customer named by its code. A contact matches one of that customer's
// contacts by e-mail, or else by name (when that contact has no other e-mail).
@Injectable()
@Importable({
  name: 'contacts',
  label: 'records.contacts',
  columns: IMPORT_COLUMNS.contacts,
  permission: 'imports.run',
})
export class ContactImporter implements RowImporter {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(ContactsService) private readonly contacts: ContactsService,
  ) {}

  async importBatch(records: ImportRow[][], ctx: ImportContext, outcome: BatchOutcome): Promise<void> {
    const rows = records.map((r) => r[0]);
    const customers = await this.customersByCode(distinct(rows.map((r) => textValue(r.values.customerCode))));
    const byCustomer = await this.contactsOf([...new Set([...customers.values()].map((c) => c.id))]);
    // The service names the customer customerId; the file calls it customerCode.
    const locate = (row: number) => (e: RowFieldError) => ({
      row,
      field: e.field === 'customerId' ? 'customerCode' : e.field,
    });
    // One lane per customer: its contacts are matched against each other in file order.
    await inLanes(
      rows,
      (r) => textValue(r.values.customerCode),
      async ({ row, values: raw }) => {
        const { customerCode, ...values } = raw;
        await outcome.run(
          row,
          async () => {
            const code = textValue(customerCode);
            const customer = code ? customers.get(code) : undefined;
            if (!customer || !isVisibleTo(ctx.scope, customer.ownerId))
              throw reject('customerCode', `no customer you can see has the code ${code ?? '(empty)'}`);
            const gender = textValue(values.gender);
            if (gender && GENDERS[gender]) values.gender = GENDERS[gender];
            const existing = byCustomer.get(customer.id) ?? [];
            const match = findContact(existing, textValue(values.name), textValue(values.email));
            if (match) {
              const dto = await validateDto(UpdateContactDto, { ...values, version: match.version });
              if (!ctx.dryRun) {
                const saved = await this.contacts.updateContact(match.id, dto, ctx.user);
                Object.assign(match, { version: saved.version, name: saved.name, email: saved.email });
              }
              return 'updated';
            }
            const dto = await validateDto(CreateContactDto, { ...values, customerId: customer.id });
            const saved = ctx.dryRun
              ? { id: '', version: 1, name: dto.name, email: dto.email ?? null }
              : await this.contacts.createContact(dto, ctx.user);
            existing.push({ id: saved.id, version: saved.version, name: saved.name, email: saved.email });
            byCustomer.set(customer.id, existing);
            return 'created';
          },
          locate(row),
        );
      },
    );
  }

  private async customersByCode(codes: string[]): Promise<Map<string, { id: string; ownerId: string | null }>> {
    if (!codes.length) return new Map();
    const rows: Array<{ id: string; code: string; owner_id: string | null }> = await this.ds.query(
      `SELECT id, code, owner_id FROM customers WHERE deleted_at IS NULL AND code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, { id: r.id, ownerId: r.owner_id }]));
  }

  private async contactsOf(customerIds: string[]): Promise<Map<string, KnownContact[]>> {
    const map = new Map<string, KnownContact[]>();
    if (!customerIds.length) return map;
    const rows: Array<KnownContact & { customer_id: string }> = await this.ds.query(
      `SELECT id, customer_id, version, name, email FROM contacts WHERE customer_id = ANY($1::uuid[]) ORDER BY created_at`,
      [customerIds],
    );
    for (const r of rows) {
      const list = map.get(r.customer_id) ?? [];
      list.push({ id: r.id, version: r.version, name: r.name, email: r.email });
      map.set(r.customer_id, list);
    }
    return map;
  }
}

function findContact(contacts: KnownContact[], name?: string, email?: string): KnownContact | undefined {
  const lower = email?.toLowerCase();
  if (lower) {
    const byEmail = contacts.find((c) => c.email?.toLowerCase() === lower);
    if (byEmail) return byEmail;
  }
  if (!name) return undefined;
  return contacts.find((c) => c.name === name && (!c.email || !lower || c.email.toLowerCase() === lower));
}
