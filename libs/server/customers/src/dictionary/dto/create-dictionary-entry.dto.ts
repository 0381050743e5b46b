import { translatedAs } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { RequiredText } from '../../common/validation';

export const DICTIONARY_TYPE_PATTERN = /^[a-z][a-z0-9_]{0,49}$/;
export const DICTIONARY_KEY_PATTERN = /^[a-z0-9][a-z0-9_]{0,63}$/;

export class CreateDictionaryEntryDto {
  /** Lower-case snake_case list name: customer_tier, region, industry, customer_source, interaction_type, service_type, complaint_category, churn_reason, payment_method, product_unit, lead_source, competitor_strength, … */
  @ApiProperty({ example: 'region', pattern: DICTIONARY_TYPE_PATTERN.source })
  @IsString({ message: 'type must be text' })
  @Matches(DICTIONARY_TYPE_PATTERN, {
    message: 'type must be lower-case snake_case, e.g. "customer_source"',
    context: translatedAs('validation.snake_case', { example: 'customer_source' }),
  })
  type!: string;

  /** Lower-case snake_case key, unique within the type; it cannot be changed later. */
  @ApiProperty({ example: 'east_china', pattern: DICTIONARY_KEY_PATTERN.source })
  @IsString({ message: 'key must be text' })
  @Matches(DICTIONARY_KEY_PATTERN, {
    message: 'key must be lower-case snake_case, e.g. "east_china"',
    context: translatedAs('validation.snake_case', { example: 'east_china' }),
  })
  key!: string;

  @RequiredText(200, 'East China')
  labelEn!: string;

  @RequiredText(200, '华东')
  labelZh!: string;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  @IsInt({ message: 'sortOrder must be a whole number' })
  @Min(-1_000_000)
  @Max(1_000_000)
  sortOrder?: number;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;
}
