import { type AuthUser, defineDomainEvent, defineWebhookEvent } from '@crm/server-core';
import { EntityManager } from 'typeorm';
import '../i18n/messages';

// Domain events of the customer record. created/updated/deleted/restored/merged are emitted after
// the transaction commits (webhooks, caches); customer.merging is emitted inside the merge
// transaction and awaited.
export interface CustomerEvent {
  id: string;
}

export interface CustomerAssignedEvent {
  id: string;
  ownerId: string | null;
  previousOwnerId: string | null;
  // The user who made the change; null for the system (an import, a job) or an API key without one.
  byUserId: string | null;
}

export const customerAssigned = (
  id: string,
  ownerId: string | null,
  previousOwnerId: string | null,
  by: AuthUser,
): CustomerAssignedEvent => ({ id, ownerId, previousOwnerId, byUserId: by.kind === 'user' ? by.id : null });

export interface CustomerMergedEvent {
  targetId: string;
  sourceId: string;
}

// Webhooks may subscribe to all but customer.merging (see defineWebhookEvent).
export const CustomerEvents = {
  Created: defineWebhookEvent<CustomerEvent>('customer.created', { description: 'webhook_event.customer_created' }),
  Updated: defineWebhookEvent<CustomerEvent>('customer.updated', { description: 'webhook_event.customer_updated' }),
  Deleted: defineWebhookEvent<CustomerEvent>('customer.deleted', { description: 'webhook_event.customer_deleted' }),
  Restored: defineWebhookEvent<CustomerEvent>('customer.restored', {
    description: 'webhook_event.customer_restored',
  }),
  Merged: defineWebhookEvent<CustomerMergedEvent>('customer.merged', { description: 'webhook_event.customer_merged' }),
  Merging: defineDomainEvent<CustomerMergingEvent>('customer.merging'),
  // The owner changed (create with an owner, edit, bulk update). In-process only: not a webhook
  // event (customer.updated/created already tell integrations).
  Assigned: defineDomainEvent<CustomerAssignedEvent>('customer.assigned'),
} as const;

// Handle it to move your module's records from sourceId to targetId:
//   @OnEvent(CustomerEvents.Merging, { suppressErrors: false })
//   async onMerging({ targetId, sourceId, manager }: CustomerMergingEvent) { await manager.update(…) }
// Use `manager` (the merge's transaction) for every read and write; throwing rolls the merge back.
// suppressErrors: false matters (by default @OnEvent logs and swallows errors, and the merge would
// commit); `async: true` must not be set (the merge would not wait). Wildcard listeners
// ("customer.*", e.g. webhooks) see this event too and should ignore it.
export interface CustomerMergingEvent {
  targetId: string;
  sourceId: string;
  manager: EntityManager;
}
