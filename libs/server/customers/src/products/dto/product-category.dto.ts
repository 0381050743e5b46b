import { ApiProperty } from '@nestjs/swagger';
import { ProductCategory } from '../product-category.entity';

export class ProductCategoryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** The product line the category belongs to. */
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  /** Unique code. */
  @ApiProperty({ example: 'PC-PUMP' }) code!: string;
  @ApiProperty({ example: 'Pumps' }) name!: string;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class ProductCategoryPageDto {
  @ApiProperty({ type: [ProductCategoryDto] }) data!: ProductCategoryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toProductCategoryDto = (c: ProductCategory): ProductCategoryDto => ({
  id: c.id,
  lineId: c.lineId,
  code: c.code,
  name: c.name,
  active: c.active,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  version: c.version,
});
