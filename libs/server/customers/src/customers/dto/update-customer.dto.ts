import { translatedAs } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayUnique,
  IsArray,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NullableText, OptionalEnum, OptionalText } from '../../common/validation';
import { CustomerKind, OverridableClassification } from '../customer.enums';
import { CODE_PATTERN, CustomerFieldsDto } from './create-customer.dto';

export class UpdateCustomerDto extends CustomerFieldsDto {
  @ApiPropertyOptional({ maxLength: 40 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'code must be text' })
  @MinLength(1, { message: 'code must not be empty' })
  @MaxLength(40, { message: 'code must be at most 40 characters' })
  @Matches(CODE_PATTERN, {
    message: 'code may contain letters, digits and . _ - /',
    context: translatedAs('validation.code'),
  })
  code?: string;

  @OptionalText(300)
  name?: string;

  @OptionalEnum(CustomerKind, 'CustomerKind')
  kind?: CustomerKind;

  /**
   * The classifications set by hand. Send it to hand some back to the classification jobs (e.g. []);
   * classifications set in the same request are added to it.
   */
  @ApiPropertyOptional({ enum: OverridableClassification, enumName: 'OverridableClassification', isArray: true })
  @IsOptional()
  @IsArray({ message: 'classificationOverrides must be a list' })
  @ArrayUnique({ message: 'classificationOverrides must not repeat a value' })
  @IsEnum(OverridableClassification, {
    each: true,
    message: `classificationOverrides must contain only: ${Object.values(OverridableClassification).join(', ')}`,
  })
  classificationOverrides?: OverridableClassification[];

  /** Why the lifecycle stage changes, kept in the lifecycle history (when lifecycleStage changes). */
  @NullableText(1000)
  lifecycleReason?: string | null;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}
