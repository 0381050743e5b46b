import {
  AuthUser,
  emitEvent,
  Locale,
  localise,
  Message,
  msg,
  OwnerResolutionService,
  RecordVisibilityService,
  toLocalisable,
} from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { screenCustomers } from '../classification/screening.repository';
import { Customer } from './customer.entity';
import { customerAssigned, CustomerEvents } from './customer.events';
import { CUSTOMER_OWNER_RULE } from './customers.errors';
import {
  BulkCustomerChangesDto,
  BulkUpdateCustomersDto,
  BulkUpdateFailureCode,
  BulkUpdateFailureDto,
  BulkUpdateResultDto,
  MAX_TAGS,
} from './dto/bulk-update-customers.dto';

type Outcome = 'updated' | 'unchanged' | { code: BulkUpdateFailureCode; message: Message };

// Changes many customers at once (owner, status, tags) under the rules of the single update: one
// transaction, one audit entry and one customer.updated event per customer that actually changed.
@Injectable()
export class CustomersBulkService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
    @Inject(OwnerResolutionService) private readonly owners: OwnerResolutionService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  async bulkUpdateCustomers(dto: BulkUpdateCustomersDto, user: AuthUser, locale: Locale): Promise<BulkUpdateResultDto> {
    const { ids, changes } = dto;
    // Customers whose owner this update changes, with the owner they had.
    const ownerChanges = new Map<string, { before: string | null; after: string | null }>();
    const outcomes = await this.ds.transaction(async (m) => {
      // The owner does not depend on the customer: checked once, a refusal is a 400 like on PATCH
      // whose field errors name the field as sent here.
      const ownerId =
        changes.ownerId === undefined
          ? undefined
          : await this.owners.resolveOwner(m, user, changes.ownerId, {
              ...CUSTOMER_OWNER_RULE,
              field: 'changes.ownerId',
            });
      // Only visible, live customers are loaded (and locked, in id order so concurrent bulk updates
      // cannot deadlock); the others are reported as not found.
      const qb = m
        .createQueryBuilder(Customer, 'c')
        .where('c.id IN (:...ids)', { ids })
        .orderBy('c.id')
        .setLock('pessimistic_write');
      await this.visibility.applyToQuery(qb, 'c.owner_id', user);
      const found = new Map((await qb.getMany()).map((c) => [c.id, c]));

      const result = new Map<string, Outcome>();
      const changed: Customer[] = [];
      for (const customer of found.values()) {
        const before = customer.ownerId;
        const outcome = applyChanges(customer, changes, ownerId);
        if (customer.ownerId !== before) ownerChanges.set(customer.id, { before, after: customer.ownerId });
        if (outcome === 'updated') changed.push(customer);
        result.set(customer.id, outcome);
      }
      // As on PATCH: a status change moves the prospect screening with it (one query for all).
      await screenCustomers(m, changed);
      for (const customer of changed) await m.save(customer);
      return result;
    });

    const out: BulkUpdateResultDto = { updated: 0, unchanged: 0, failed: [] };
    for (const id of ids) {
      const outcome = outcomes.get(id) ?? {
        code: BulkUpdateFailureCode.NotFound,
        message: msg('not_found', { entity: msg('entity.customer'), id }),
      };
      if (outcome === 'updated') {
        out.updated++;
        emitEvent(this.events, CustomerEvents.Updated, { id });
        const owners = ownerChanges.get(id);
        if (owners)
          emitEvent(this.events, CustomerEvents.Assigned, customerAssigned(id, owners.after, owners.before, user));
      } else if (outcome === 'unchanged') out.unchanged++;
      else out.failed.push(failure(id, outcome, locale));
    }
    return out;
  }
}

// Applies the changes to a loaded customer unless one of them cannot be made (then nothing is);
// says whether anything changed.
function applyChanges(
  customer: Customer,
  changes: BulkCustomerChangesDto,
  ownerId: string | null | undefined,
): Outcome {
  let tags = customer.tags;
  if (changes.addTags || changes.removeTags) {
    const remove = new Set(changes.removeTags ?? []);
    const kept = customer.tags.filter((t) => !remove.has(t));
    tags = [...kept, ...(changes.addTags ?? []).filter((t) => !kept.includes(t))];
    if (tags.length > MAX_TAGS)
      return {
        code: BulkUpdateFailureCode.TooManyTags,
        message: msg('too_many_tags', { count: tags.length, max: MAX_TAGS }),
      };
  }
  let changed = false;
  if (tags.length !== customer.tags.length || tags.some((t, i) => t !== customer.tags[i])) {
    customer.tags = tags;
    changed = true;
  }
  if (ownerId !== undefined && customer.ownerId !== ownerId) {
    customer.ownerId = ownerId;
    changed = true;
  }
  if (changes.status !== undefined && customer.status !== changes.status) {
    customer.status = changes.status;
    changed = true;
  }
  return changed ? 'updated' : 'unchanged';
}

const failure = (
  id: string,
  { code, message }: { code: BulkUpdateFailureCode; message: Message },
  locale: Locale,
): BulkUpdateFailureDto => ({ id, code, message: localise(locale, toLocalisable(message)) });
