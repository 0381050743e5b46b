import { ApiProperty } from '@nestjs/swagger';
import { Product, ProductStatus } from '../product.entity';

const nullableText = { type: String, nullable: true } as const;

export class ProductDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Unique product code. */
  @ApiProperty({ example: 'P-1001' }) code!: string;
  @ApiProperty({ example: 'Centrifugal pump' }) name!: string;
  @ApiProperty({ ...nullableText, example: 'CP-200' }) model!: string | null;
  /** A product_unit dictionary key (piece, set, unit, box, kg, …) or free text. */
  @ApiProperty({ ...nullableText, example: 'unit' }) unit!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) categoryId!: string | null;
  /** Decimal string. */
  @ApiProperty({ example: '1250.00' }) listPrice!: string;
  /** Decimal string; null when unknown. */
  @ApiProperty({ type: String, nullable: true, example: '800.00' }) cost!: string | null;
  /** Units in stock (库存); deliveries decrement it. */
  @ApiProperty({ minimum: 0, example: 40 }) stockOnHand!: number;
  @ApiProperty({ enum: ProductStatus, enumName: 'ProductStatus' }) status!: ProductStatus;
  @ApiProperty(nullableText) description!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class ProductPageDto {
  @ApiProperty({ type: [ProductDto] }) data!: ProductDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toProductDto = (p: Product): ProductDto => ({
  id: p.id,
  code: p.code,
  name: p.name,
  model: p.model,
  unit: p.unit,
  categoryId: p.categoryId,
  listPrice: p.listPrice,
  cost: p.cost,
  stockOnHand: p.stockOnHand,
  status: p.status,
  description: p.description,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});
