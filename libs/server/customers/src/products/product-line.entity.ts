import { Audited, BaseEntity } from '@crm/server-core';
import { Column, Entity, Index } from 'typeorm';

// The top of the catalog (SPEC 1.5): product lines → categories → products.
@Audited('product-lines')
@Entity('product_lines')
@Index('uq_product_lines_code', ['code'], { unique: true })
export class ProductLine extends BaseEntity {
  @Column('text')
  code!: string;

  @Index('ix_product_lines_name')
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Index('ix_product_lines_active')
  @Column('boolean', { default: true })
  active!: boolean;
}
