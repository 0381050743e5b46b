import { ListQueryDto, QueryBoolean } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Min } from 'class-validator';
import { NullableText, OptionalText, RequiredText } from '../../common/validation';

export class CreateProductLineDto {
  @RequiredText(50, 'PL-IND')
  code!: string;

  @RequiredText(200, 'Industrial equipment')
  name!: string;

  @NullableText(2000)
  description?: string | null;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}

export class UpdateProductLineDto {
  @OptionalText(50)
  code?: string;

  @OptionalText(200)
  name?: string;

  @NullableText(2000)
  description?: string | null;

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
export class ListProductLinesQueryDto extends ListQueryDto {
  @QueryBoolean()
  active?: boolean;
}
