import { Audited, BaseEntity } from '@crm/server-core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { sqlIn } from '../common/sql';
import { ProductCategory } from './product-category.entity';

export enum ProductStatus {
  Active = 'active',
  Discontinued = 'discontinued',
}

// A product of the catalog with its stock on hand (库存), which deliveries decrement.
@Audited('products')
@Entity('products')
@Index('uq_products_code', ['code'], { unique: true })
@Index('ix_products_code_trgm', { synchronize: false })
@Index('ix_products_name_trgm', { synchronize: false })
@Index('ix_products_created_at', ['createdAt'])
@Check('ck_products_list_price', 'list_price >= 0')
@Check('ck_products_cost', 'cost >= 0')
@Check('ck_products_stock_on_hand', 'stock_on_hand >= 0')
@Check('ck_products_status', sqlIn('status', ProductStatus))
export class Product extends BaseEntity {
  @Column('text')
  code!: string;

  @Index('ix_products_name')
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  model!: string | null;

  // A product_unit dictionary key (piece, set, kg, …) or free text.
  @Column('text', { nullable: true })
  unit!: string | null;

  @Index('ix_products_category_id')
  @Column('uuid', { nullable: true })
  categoryId!: string | null;

  @ManyToOne(() => ProductCategory, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'category_id', foreignKeyConstraintName: 'fk_products_category' })
  category?: Relation<ProductCategory>;

  @Index('ix_products_list_price')
  @Column('numeric', { precision: 14, scale: 2 })
  listPrice!: string;

  @Column('numeric', { precision: 14, scale: 2, nullable: true })
  cost!: string | null;

  @Index('ix_products_stock_on_hand')
  @Column('integer', { default: 0 })
  stockOnHand!: number;

  @Index('ix_products_status')
  @Column('text', { default: ProductStatus.Active })
  status!: ProductStatus;

  @Column('text', { nullable: true })
  description!: string | null;
}
