import { Audited, BaseEntity, User } from '@crm/server-core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { sqlIn } from '../common/sql';
import { Customer } from '../customers/customer.entity';

export enum OrderStatus {
  Draft = 'draft',
  Confirmed = 'confirmed',
  Delivered = 'delivered',
  Completed = 'completed',
  Cancelled = 'cancelled',
}

export enum DeliveryStatus {
  Pending = 'pending',
  Partial = 'partial',
  Delivered = 'delivered',
  Returned = 'returned',
}

// Statuses that count as business done: they make up the customer's order aggregates and revenue.
export const COUNTED_STATUSES = [OrderStatus.Confirmed, OrderStatus.Delivered, OrderStatus.Completed] as const;

// An order / contract (订单/合同, SPEC 1.5). Amounts are computed by the server from the lines;
// paidAmount is the sum of its payments. Visible exactly when its customer is. Lines live in
// order_lines and are loaded separately (no relation, so saving an order never touches them).
@Audited('orders')
@Entity('orders')
@Index('uq_orders_number', ['number'], { unique: true })
@Index('ix_orders_customer_id', { synchronize: false })
@Index('ix_orders_number_trgm', { synchronize: false })
@Index('ix_orders_created_at', ['createdAt'])
@Check('ck_orders_status', sqlIn('status', OrderStatus))
@Check('ck_orders_delivery_status', sqlIn('delivery_status', DeliveryStatus))
@Check('ck_orders_currency', `currency ~ '^[A-Z]{3}$'`)
@Check(
  'ck_orders_amounts',
  'subtotal >= 0 AND discount_total >= 0 AND total >= 0 AND total = subtotal - discount_total',
)
@Check('ck_orders_paid_amount', 'paid_amount >= 0 AND paid_amount <= total')
@Check('ck_orders_contract_dates', 'end_date >= start_date')
export class Order extends BaseEntity {
  @Column('text')
  number!: string;

  @Column('uuid')
  customerId!: string;

  // Declared for the foreign keys only; services use the id columns.
  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_orders_customer' })
  customer?: Relation<Customer>;

  @Index('ix_orders_owner_id')
  @Column('uuid', { nullable: true })
  ownerId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_orders_owner' })
  owner?: Relation<User>;

  // yyyy-mm-dd
  @Index('ix_orders_order_date')
  @Column('date')
  orderDate!: string;

  @Index('ix_orders_status')
  @Column('text', { default: OrderStatus.Draft })
  status!: OrderStatus;

  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  subtotal!: string;

  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  discountTotal!: string;

  @Index('ix_orders_total')
  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  total!: string;

  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  paidAmount!: string;

  @Column('text', { default: 'CNY' })
  currency!: string;

  // Main terms of the contract.
  @Column('text', { nullable: true })
  terms!: string | null;

  @Column('date', { nullable: true })
  startDate!: string | null;

  @Column('date', { nullable: true })
  endDate!: string | null;

  @Column('text', { nullable: true })
  signedBy!: string | null;

  @Column('timestamptz', { nullable: true })
  signedAt!: Date | null;

  @Column('text', { nullable: true })
  notes!: string | null;

  @Column('text', { default: DeliveryStatus.Pending })
  deliveryStatus!: DeliveryStatus;

  @Column('timestamptz', { nullable: true })
  deliveredAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  confirmedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  completedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  cancelledAt!: Date | null;

  @Column('text', { nullable: true })
  cancelReason!: string | null;

  @Index('ix_orders_created_by_id')
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_orders_created_by' })
  createdBy?: Relation<User>;
}
