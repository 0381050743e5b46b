import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { Webhook } from './webhook.entity';

export enum WebhookDeliveryStatus {
  Pending = 'pending',
  Succeeded = 'succeeded',
  Failed = 'failed',
}

// One event for one webhook. Its id is the payload's id, the same on every retry, so receivers can
// drop duplicates. The columns hold the latest attempt; every attempt is in webhook_delivery_attempts.
@Entity('webhook_deliveries')
@Index('ix_webhook_deliveries_webhook_id_created_at', { synchronize: false })
@Index('ix_webhook_deliveries_created_at', ['createdAt'])
@Check('ck_webhook_deliveries_status', `status IN ('pending', 'succeeded', 'failed')`)
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  webhookId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => Webhook, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id', foreignKeyConstraintName: 'fk_webhook_deliveries_webhook' })
  webhook?: Relation<Webhook>;

  @Column('text')
  event!: string;

  // The event's payload as sent in `data`.
  @Column('jsonb')
  data!: Record<string, unknown>;

  @Column('timestamptz')
  occurredAt!: Date;

  @Column('text', { default: WebhookDeliveryStatus.Pending })
  status!: WebhookDeliveryStatus;

  // Attempts made so far.
  @Column('integer', { default: 0 })
  attempt!: number;

  @Column('integer', { nullable: true })
  responseStatus!: number | null;

  @Column('text', { nullable: true })
  responseBody!: string | null;

  @Column('text', { nullable: true })
  error!: string | null;

  @Column('integer', { nullable: true })
  durationMs!: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  // When the receiver accepted it.
  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;
}

// One POST of a delivery.
@Entity('webhook_delivery_attempts')
export class WebhookDeliveryAttempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ix_webhook_delivery_attempts_delivery_id')
  @Column('uuid')
  deliveryId!: string;

  // Declared for the foreign key only.
  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'fk_webhook_delivery_attempts_delivery' })
  delivery?: Relation<WebhookDelivery>;

  @Column('integer')
  attempt!: number;

  @Column('boolean')
  succeeded!: boolean;

  @Column('integer', { nullable: true })
  responseStatus!: number | null;

  @Column('text', { nullable: true })
  responseBody!: string | null;

  @Column('text', { nullable: true })
  error!: string | null;

  @Column('integer')
  durationMs!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
