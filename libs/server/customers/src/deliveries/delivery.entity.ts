import { User } from '@crm/server-core';
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
import { sqlIn } from '../common/sql';
import { Order } from '../orders/order.entity';

export enum DeliveryRecordStatus {
  Partial = 'partial',
  Delivered = 'delivered',
  Returned = 'returned',
}

// One delivery (交付) of an order, written by POST /orders/:id/deliver. Immutable.
@Entity('deliveries')
@Index('ix_deliveries_order_id', { synchronize: false })
@Check('ck_deliveries_status', sqlIn('status', DeliveryRecordStatus))
export class Delivery {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_deliveries_order' })
  order?: Relation<Order>;

  @Column('timestamptz')
  deliveredAt!: Date;

  @Column('text')
  status!: DeliveryRecordStatus;

  @Column('text', { nullable: true })
  note!: string | null;

  @Index('ix_deliveries_created_by_id')
  @Column('uuid', { nullable: true })
  createdById!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_deliveries_created_by' })
  createdBy?: Relation<User>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
