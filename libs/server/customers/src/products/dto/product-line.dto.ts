import { ApiProperty } from '@nestjs/swagger';
import { ProductLine } from '../product-line.entity';

export class ProductLineDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Unique code. */
  @ApiProperty({ example: 'PL-IND' }) code!: string;
  @ApiProperty({ example: 'Industrial equipment' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class ProductLinePageDto {
  @ApiProperty({ type: [ProductLineDto] }) data!: ProductLineDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toProductLineDto = (l: ProductLine): ProductLineDto => ({
  id: l.id,
  code: l.code,
  name: l.name,
  description: l.description,
  active: l.active,
  createdAt: l.createdAt.toISOString(),
  updatedAt: l.updatedAt.toISOString(),
  version: l.version,
});
