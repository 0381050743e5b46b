import { Audited, BaseEntity } from '@crm/server-core';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { ProductLine } from './product-line.entity';

@Audited('product-categories')
@Entity('product_categories')
@Index('uq_product_categories_code', ['code'], { unique: true })
export class ProductCategory extends BaseEntity {
  @Index('ix_product_categories_line_id')
  @Column('uuid')
  lineId!: string;

  // Declared for the foreign key only; services use lineId.
  @ManyToOne(() => ProductLine, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'line_id', foreignKeyConstraintName: 'fk_product_categories_line' })
  line?: Relation<ProductLine>;

  @Column('text')
  code!: string;

  @Index('ix_product_categories_name')
  @Column('text')
  name!: string;

  @Index('ix_product_categories_active')
  @Column('boolean', { default: true })
  active!: boolean;
}
