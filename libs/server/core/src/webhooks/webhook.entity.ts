import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Audited } from '../audit/audited.decorator';
import { BaseEntity } from '../database/base.entity';
import { User } from '../users/user.entity';

// A subscription: POST the listed events to `url`, signed with `secret`. Delivery bookkeeping
// (failureCount, lastDeliveryAt) is written with plain SQL, so it neither bumps `version` nor
// floods the audit log; the secret never reaches the audit log.
@Audited('webhooks', { ignore: ['secret', 'failureCount', 'lastDeliveryAt'] })
@Entity('webhooks')
@Check('ck_webhooks_events', `cardinality(events) > 0`)
@Check('ck_webhooks_failure_count', `failure_count >= 0`)
export class Webhook extends BaseEntity {
  @Column('text')
  url!: string;

  // Event names, "<prefix>.*" or "*" for every event.
  @Column('text', { array: true })
  events!: string[];

  @Column('text', { select: false })
  secret!: string;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('text', { nullable: true })
  description!: string | null;

  // Consecutive failed deliveries; a successful one resets it.
  @Column('integer', { default: 0 })
  failureCount!: number;

  // Set when the webhook was disabled after too many failed deliveries.
  @Column('timestamptz', { nullable: true })
  disabledAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  lastDeliveryAt!: Date | null;

  @Index('ix_webhooks_created_by_id')
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  // Declared for the foreign key only.
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_webhooks_created_by' })
  createdBy?: Relation<User>;
}
