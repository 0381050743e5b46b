import { Audited, BaseEntity, User } from '@crm/server-core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Customer } from '../customers/customer.entity';
import { Order } from '../orders/order.entity';

// A payment collected on an order (回款). customerId is the order's, kept here for filters.
@Audited('payments')
@Entity('payments')
@Index('ix_payments_customer_id', { synchronize: false })
@Index('ix_payments_created_at', ['createdAt'])
@Check('ck_payments_amount', 'amount > 0')
export class Payment extends BaseEntity {
  @Index('ix_payments_order_id')
  @Column('uuid')
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_payments_order' })
  order?: Relation<Order>;

  @Column('uuid')
  customerId!: string;

  @ManyToOne(() => Customer, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_payments_customer' })
  customer?: Relation<Customer>;

  @Index('ix_payments_amount')
  @Column('numeric', { precision: 14, scale: 2 })
  amount!: string;

  @Index('ix_payments_paid_at')
  @Column('timestamptz')
  paidAt!: Date;

  // A payment_method dictionary key.
  @Index('ix_payments_method')
  @Column('text')
  method!: string;

  // The account the money went to.
  @Column('text', { nullable: true })
  account!: string | null;

  // Bank reference, cheque number, …
  @Column('text', { nullable: true })
  reference!: string | null;

  @Index('ix_payments_handled_by_id')
  @Column('uuid', { nullable: true })
  handledById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'handled_by_id', foreignKeyConstraintName: 'fk_payments_handled_by' })
  handledBy?: Relation<User>;

  @Column('text', { nullable: true })
  notes!: string | null;
}
