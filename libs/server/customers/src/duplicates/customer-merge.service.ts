import { AuditService, AuthUser, emitEvent, emitEventAsync } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerAccessService } from '../customers/customer-access.service';
import { Customer } from '../customers/customer.entity';
import { CustomerEvents, CustomerMergingEvent } from '../customers/customer.events';
import { CustomerDto, toCustomerDto } from '../customers/dto/customer.dto';
import { MergeCustomersDto } from './dto/merge-customers.dto';
import { cannotMergeIntoItself } from './duplicates.errors';

// Target fields that take the source's value when the target has none. Order aggregates are not
// here: the orders feature recomputes them when it moves the orders (customer.merging).
const FILLABLE = [
  'industry',
  'region',
  'source',
  'address',
  'phone',
  'email',
  'website',
  'ownerId',
  'creditRating',
  'satisfaction',
  'valueTier',
  'abcClass',
  'valueGroup',
  'stability',
  'behaviour',
  'consumptionTrait',
  'socialStyle',
  'relationshipLevel',
] as const satisfies ReadonlyArray<keyof Customer>;

// Tables of this lib whose rows follow the customer.
const LINKED_TABLES = ['contacts', 'interactions', 'customer_lifecycle_changes'] as const;
const VERSIONED = new Set<string>(['contacts', 'interactions']);

@Injectable()
export class CustomerMergeService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  // Merges the duplicate `sourceId` into `targetId` in one transaction: linked records move (other
  // modules move theirs on customer.merging), empty target fields are filled from the source, and
  // the source goes to the bin pointing at the target.
  async mergeCustomers(targetId: string, dto: MergeCustomersDto, user: AuthUser): Promise<CustomerDto> {
    const { sourceId } = dto;
    if (sourceId === targetId) throw cannotMergeIntoItself();
    await this.ds.transaction(async (m) => {
      // Lock in a fixed order so two merges of the same pair cannot deadlock.
      const [first, second] = [targetId, sourceId].sort();
      const lock = (id: string) =>
        id === targetId
          ? this.access.findVisible(user, id, m, true)
          : this.access.findReferenced(user, id, 'sourceId', m, true);
      await lock(first);
      await lock(second);

      const moved = await moveLinkedRecords(m, sourceId, targetId);
      const event: CustomerMergingEvent = { targetId, sourceId, manager: m };
      await emitEventAsync(this.events, CustomerEvents.Merging, event);

      // Reloaded: listeners may have changed either row (e.g. order aggregates).
      const target = await m.findOneByOrFail(Customer, { id: targetId });
      const source = await m.findOneByOrFail(Customer, { id: sourceId });
      const filled = fillEmptyFields(target, source);
      await m.save(target);
      source.mergedIntoId = targetId;
      await m.save(source);
      await m.softRemove(source);

      await this.audit.record(
        {
          entity: 'customers',
          entityId: targetId,
          action: 'update',
          changes: {
            mergedFrom: { before: null, after: { id: source.id, code: source.code, name: source.name } },
            movedRecords: { before: null, after: moved },
            filledFields: { before: null, after: filled },
          },
        },
        m,
      );
    });
    emitEvent(this.events, CustomerEvents.Merged, { targetId, sourceId });
    emitEvent(this.events, CustomerEvents.Updated, { id: targetId });
    emitEvent(this.events, CustomerEvents.Deleted, { id: sourceId });
    return toCustomerDto(await this.access.findVisible(user, targetId));
  }
}

async function moveLinkedRecords(m: EntityManager, sourceId: string, targetId: string) {
  // One primary contact per customer: the target's stays primary.
  await m.query(
    `UPDATE contacts SET is_primary = false, updated_at = now(), version = version + 1
     WHERE customer_id = $1 AND is_primary
       AND EXISTS (SELECT 1 FROM contacts WHERE customer_id = $2 AND is_primary)`,
    [sourceId, targetId],
  );
  const moved: Record<string, number> = {};
  for (const table of LINKED_TABLES) {
    const bump = VERSIONED.has(table) ? ', updated_at = now(), version = version + 1' : '';
    const [, count] = (await m.query(`UPDATE ${table} SET customer_id = $2${bump} WHERE customer_id = $1`, [
      sourceId,
      targetId,
    ])) as [unknown, number];
    moved[table] = count;
  }
  return moved;
}

// Copies the source's values into the target's empty fields; returns the names of those filled.
export function fillEmptyFields(target: Customer, source: Customer): string[] {
  const filled: string[] = [];
  const t = target as unknown as Record<string, unknown>;
  const s = source as unknown as Record<string, unknown>;
  for (const field of FILLABLE) {
    if ((t[field] === null || t[field] === undefined) && s[field] !== null && s[field] !== undefined) {
      t[field] = s[field];
      filled.push(field);
    }
  }
  const tags = [...new Set([...target.tags, ...source.tags])];
  if (tags.length !== target.tags.length) {
    target.tags = tags;
    filled.push('tags');
  }
  const extra = Object.keys(source.customFields).filter((k) => !(k in target.customFields));
  if (extra.length) {
    target.customFields = { ...source.customFields, ...target.customFields };
    filled.push('customFields');
  }
  return filled;
}
