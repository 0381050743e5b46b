import { ListQueryDto, QueryBoolean } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { CommaList, DateFilter, OptionalEnum } from '../../common/validation';
import {
  AbcClass,
  Behaviour,
  ConsumptionTrait,
  CustomerKind,
  CustomerStatus,
  LifecycleStage,
  RelationshipLevel,
  ScreeningGrade,
  SocialStyle,
  Stability,
  ValueGroup,
  ValueTier,
} from '../customer.enums';

// q searches name, code, phone and email (partial input; ordered by similarity when no sort is given).
// Sort on name, code, createdAt, lastOrderAt, totalRevenue, valueTier, fitScore (default -createdAt).
export class ListCustomersQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string;

  @ApiPropertyOptional({ description: 'Dictionary key (type region)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  region?: string;

  @ApiPropertyOptional({ description: 'Dictionary key (type industry)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  industry?: string;

  @ApiPropertyOptional({ description: 'Dictionary key (type customer_source)' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  source?: string;

  @OptionalEnum(CustomerKind, 'CustomerKind')
  kind?: CustomerKind;

  @OptionalEnum(CustomerStatus, 'CustomerStatus')
  status?: CustomerStatus;

  @OptionalEnum(ValueTier, 'ValueTier')
  valueTier?: ValueTier;

  @OptionalEnum(AbcClass, 'AbcClass')
  abcClass?: AbcClass;

  @OptionalEnum(ValueGroup, 'ValueGroup')
  valueGroup?: ValueGroup;

  @OptionalEnum(Stability, 'Stability')
  stability?: Stability;

  @OptionalEnum(Behaviour, 'Behaviour')
  behaviour?: Behaviour;

  @OptionalEnum(ConsumptionTrait, 'ConsumptionTrait')
  consumptionTrait?: ConsumptionTrait;

  @OptionalEnum(SocialStyle, 'SocialStyle')
  socialStyle?: SocialStyle;

  @OptionalEnum(RelationshipLevel, 'RelationshipLevel')
  relationshipLevel?: RelationshipLevel;

  @OptionalEnum(LifecycleStage, 'LifecycleStage')
  lifecycleStage?: LifecycleStage;

  @OptionalEnum(ScreeningGrade, 'ScreeningGrade')
  screeningGrade?: ScreeningGrade;

  /** Fit score at least (prospects only have one). */
  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'fitScoreMin must be a whole number from 0 to 100' })
  @Min(0, { message: 'fitScoreMin must be from 0 to 100' })
  @Max(100, { message: 'fitScoreMin must be from 0 to 100' })
  fitScoreMin?: number;

  /** Fit score at most. */
  @ApiPropertyOptional({ minimum: 0, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'fitScoreMax must be a whole number from 0 to 100' })
  @Min(0, { message: 'fitScoreMax must be from 0 to 100' })
  @Max(100, { message: 'fitScoreMax must be from 0 to 100' })
  fitScoreMax?: number;

  /** Comma-separated; matches customers with any of the tags. */
  @ApiPropertyOptional({ type: String, example: 'key-account,华东重点' })
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsString({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  /** Created at or after (ISO date or date-time). */
  @DateFilter()
  createdFrom?: string;

  /** Created at or before; a bare date includes that whole day (UTC). */
  @DateFilter()
  createdTo?: string;

  @DateFilter()
  lastOrderFrom?: string;

  /** A bare date includes that whole day (UTC). */
  @DateFilter()
  lastOrderTo?: string;

  /** true lists the bin (deleted customers) instead; admin only. */
  @QueryBoolean()
  deleted?: boolean;
}
