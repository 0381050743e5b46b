import { AuthUser, currentActor } from '@crm/server-core';
import { EntityManager } from 'typeorm';
import { LifecycleStage } from '../customers/customer.enums';
import { LifecycleChange, LifecycleChangeOrigin } from './lifecycle-change.entity';
import { KeyedReason, reasonText } from './lifecycle-reasons';

export interface LifecycleChangeInput {
  customerId: string;
  fromStage: LifecycleStage | null;
  toStage: LifecycleStage;
  // Typed by a user (text), or written by the server (a key with parameters).
  reason: string | KeyedReason;
  origin: LifecycleChangeOrigin;
  // The signed-in caller; without one the request's or job's actor is recorded.
  actor?: AuthUser | null;
  occurredAt?: Date;
}

// Appends one entry to a customer's lifecycle history, inside the caller's transaction.
export async function recordLifecycleChange(m: EntityManager, input: LifecycleChangeInput): Promise<LifecycleChange> {
  const fallback = currentActor();
  const actorId = input.actor ? input.actor.id : fallback.id;
  const actorName = input.actor ? input.actor.name : (fallback.name ?? fallback.kind);
  return m.save(
    m.create(LifecycleChange, {
      customerId: input.customerId,
      fromStage: input.fromStage,
      toStage: input.toStage,
      reason: reasonText(input.reason),
      reasonKey: typeof input.reason === 'string' ? null : input.reason.key,
      reasonParams: typeof input.reason === 'string' ? null : (input.reason.params ?? null),
      origin: input.origin,
      actorId,
      actorName,
      ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    }),
  );
}
