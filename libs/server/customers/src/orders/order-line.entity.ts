import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Product } from '../products/product.entity';
import { Order } from './order.entity';

// One line of an order. Replaced as a whole while the order is a draft, frozen afterwards.
// productName is a snapshot so renaming a product does not rewrite signed contracts.
@Entity('order_lines')
@Index('uq_order_lines_position', ['orderId', 'position'], { unique: true })
@Check('ck_order_lines_quantity', 'quantity > 0')
@Check('ck_order_lines_unit_price', 'unit_price >= 0')
@Check('ck_order_lines_discount', 'discount BETWEEN 0 AND 100')
@Check('ck_order_lines_line_total', 'line_total >= 0')
export class OrderLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  orderId!: string;

  @ManyToOne(() => Order, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'fk_order_lines_order' })
  order?: Relation<Order>;

  // 1-based, in the order the lines were sent.
  @Column('integer')
  position!: number;

  @Index('ix_order_lines_product_id')
  @Column('uuid')
  productId!: string;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'product_id', foreignKeyConstraintName: 'fk_order_lines_product' })
  product?: Relation<Product>;

  @Column('text')
  productName!: string;

  @Column('integer')
  quantity!: number;

  @Column('numeric', { precision: 14, scale: 2 })
  unitPrice!: string;

  // Percentage 0–100.
  @Column('numeric', { precision: 5, scale: 2, default: 0 })
  discount!: string;

  @Column('numeric', { precision: 14, scale: 2 })
  lineTotal!: string;
}
