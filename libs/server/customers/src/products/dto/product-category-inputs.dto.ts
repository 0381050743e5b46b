import { IsId, ListQueryDto, QueryBoolean } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { OptionalText, RequiredText } from '../../common/validation';

export class CreateProductCategoryDto {
  @IsId('The product line the category belongs to')
  lineId!: string;

  @RequiredText(50, 'PC-PUMP')
  code!: string;

  @RequiredText(200, 'Pumps')
  name!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class UpdateProductCategoryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'lineId must be a UUID' })
  lineId?: string;

  @OptionalText(50)
  code?: string;

  @OptionalText(200)
  name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}

// q matches code and name; sort on name (default), code, createdAt.
export class ListProductCategoriesQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'lineId must be a UUID' })
  lineId?: string;

  @QueryBoolean()
  active?: boolean;
}
