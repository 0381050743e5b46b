import { ListQueryDto, QueryBoolean } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { Nullable, NullableText, OptionalEnum, OptionalText, RequiredText } from '../../common/validation';
import { AmountField } from '../../orders/dto/amount-fields';
import { ProductStatus } from '../product.entity';

// Fields shared by create and update; null clears on update.
export class ProductFieldsDto {
  @NullableText(100, 'CP-200')
  model?: string | null;

  /** A product_unit dictionary key (piece, set, unit, box, kg, ton, metre, hour, licence, year) or free text. */
  @NullableText(32, 'unit')
  unit?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Nullable()
  @IsUUID('all', { message: 'categoryId must be a UUID' })
  categoryId?: string | null;

  @AmountField({ nullable: true, description: 'Unit cost; null when unknown', example: '800.00' })
  cost?: string | null;

  /** Units in stock; a whole number, 0 or more. */
  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @IsInt({ message: 'stockOnHand must be a whole number' })
  @Min(0, { message: 'stockOnHand must not be negative' })
  @Max(2_000_000_000)
  stockOnHand?: number;

  @OptionalEnum(ProductStatus, 'ProductStatus')
  status?: ProductStatus;

  @NullableText(5000)
  description?: string | null;
}

export class CreateProductDto extends ProductFieldsDto {
  @RequiredText(50, 'P-1001')
  code!: string;

  @RequiredText(200, 'Centrifugal pump')
  name!: string;

  @AmountField({ description: 'List price; order lines default to it' })
  listPrice!: string;
}

export class UpdateProductDto extends ProductFieldsDto {
  @OptionalText(50)
  code?: string;

  @OptionalText(200)
  name?: string;

  @AmountField({ optional: true, description: 'List price; order lines default to it' })
  listPrice?: string;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}

// q matches code and name (trigram indexes); inStock=true keeps products with stock, false those
// without. Sort on name (default), code, listPrice, stockOnHand, createdAt.
export class ListProductsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be a UUID' })
  categoryId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'lineId must be a UUID' })
  lineId?: string;

  @OptionalEnum(ProductStatus, 'ProductStatus')
  status?: ProductStatus;

  @QueryBoolean()
  inStock?: boolean;
}
