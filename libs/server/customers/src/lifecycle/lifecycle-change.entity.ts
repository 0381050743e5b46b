import { User } from '@crm/server-core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { sqlIn } from '../common/sql';
import { Customer } from '../customers/customer.entity';
import { LifecycleStage } from '../customers/customer.enums';
import { LifecycleReasonKey } from './lifecycle-reasons';

export enum LifecycleChangeOrigin {
  // The customer was created in this stage.
  Created = 'created',
  // Set through POST /customers/:id/lifecycle.
  Manual = 'manual',
  // Set by editing the customer (PATCH).
  Edit = 'edit',
  // Proposed by a rule (first order, repeat orders, falling frequency, churn confirmed).
  Rule = 'rule',
}

// Append-only history of a customer's relationship stage (SPEC 1.2).
@Entity('customer_lifecycle_changes')
@Index('ix_customer_lifecycle_changes_customer_id', ['customerId', 'occurredAt'])
@Check('ck_customer_lifecycle_changes_from_stage', sqlIn('from_stage', LifecycleStage))
@Check('ck_customer_lifecycle_changes_to_stage', sqlIn('to_stage', LifecycleStage))
@Check('ck_customer_lifecycle_changes_origin', sqlIn('origin', LifecycleChangeOrigin))
export class LifecycleChange {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  customerId!: string;

  // Relations are declared for the foreign keys only; services use the id columns.
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_customer_lifecycle_changes_customer' })
  customer?: Relation<Customer>;

  @Column('text', { nullable: true })
  fromStage!: LifecycleStage | null;

  @Column('text')
  toStage!: LifecycleStage;

  // The English text; for a reason the server wrote, also its key and parameters (lifecycle-reasons.ts).
  @Column('text')
  reason!: string;

  @Column('text', { nullable: true })
  reasonKey!: LifecycleReasonKey | null;

  @Column('jsonb', { nullable: true })
  reasonParams!: Record<string, string> | null;

  @Column('text')
  origin!: LifecycleChangeOrigin;

  // The user who made the change (for an API key, the key's creator); null for rules and jobs.
  @Index('ix_customer_lifecycle_changes_actor_id')
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'actor_id', foreignKeyConstraintName: 'fk_customer_lifecycle_changes_actor' })
  actor?: Relation<User>;

  // Who it was, kept as text: "Ann Lee", "API key Shop sync", "system: churn rules".
  @Column('text', { nullable: true })
  actorName!: string | null;

  @Column('timestamptz', { default: () => 'now()' })
  occurredAt!: Date;
}
