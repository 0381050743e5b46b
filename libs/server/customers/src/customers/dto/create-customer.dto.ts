import { translatedAs } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DictionaryKey, Nullable, NullableText, OptionalEnum, RequiredText } from '../../common/validation';
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

// Trimmed, de-duplicated tags; empty ones dropped.
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim() : t)).filter((t) => t !== ''))]
    : value;

const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]*$/;

// Fields shared by create and update (every one optional; null clears on update).
export class CustomerFieldsDto {
  @NullableText(500)
  address?: string | null;

  @NullableText(50, '+86 21 5555 0123')
  phone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true })
  @Transform(emptyToNull)
  @Nullable()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://example.com' })
  @Transform(emptyToNull)
  @Nullable()
  @IsUrl({ require_protocol: false }, { message: 'website must be a web address' })
  @MaxLength(500)
  website?: string | null;

  @DictionaryKey('industry')
  industry?: string | null;

  @DictionaryKey('region')
  region?: string | null;

  @DictionaryKey('customer_source')
  source?: string | null;

  /** The owning account manager. On create it defaults to you when you are an account manager or sales manager. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Nullable()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string | null;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 5, nullable: true })
  @Nullable()
  @IsInt({ message: 'creditRating must be a whole number from 1 to 5' })
  @Min(1, { message: 'creditRating must be from 1 to 5' })
  @Max(5, { message: 'creditRating must be from 1 to 5' })
  creditRating?: number | null;

  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 5, nullable: true })
  @Nullable()
  @IsInt({ message: 'satisfaction must be a whole number from 1 to 5' })
  @Min(1, { message: 'satisfaction must be from 1 to 5' })
  @Max(5, { message: 'satisfaction must be from 1 to 5' })
  satisfaction?: number | null;

  @OptionalEnum(CustomerStatus, 'CustomerStatus')
  status?: CustomerStatus;

  @ApiPropertyOptional({ type: [String], maxItems: 50, example: ['key-account', '华东重点'] })
  @IsOptional()
  @Transform(normaliseTags)
  @IsArray({ message: 'tags must be a list of text' })
  @ArrayMaxSize(50, { message: 'tags must have at most 50 entries' })
  @IsString({ each: true, message: 'each tag must be text' })
  @MaxLength(50, { each: true, message: 'each tag must be at most 50 characters' })
  tags?: string[];

  /** Free custom fields, a JSON object. On update it replaces the whole object. */
  @ApiPropertyOptional({ type: 'object', additionalProperties: true })
  @IsOptional()
  @IsObject({ message: 'customFields must be a JSON object' })
  customFields?: Record<string, unknown>;

  /** Setting a computed classification by hand records it in classificationOverrides. */
  @OptionalEnum(ValueTier, 'ValueTier', { nullable: true })
  valueTier?: ValueTier | null;

  @OptionalEnum(AbcClass, 'AbcClass', { nullable: true })
  abcClass?: AbcClass | null;

  @OptionalEnum(ValueGroup, 'ValueGroup', { nullable: true })
  valueGroup?: ValueGroup | null;

  @OptionalEnum(Stability, 'Stability', { nullable: true })
  stability?: Stability | null;

  @OptionalEnum(Behaviour, 'Behaviour', { nullable: true })
  behaviour?: Behaviour | null;

  /** Screening grade of a prospect; set by hand, e.g. to eliminate a bad lead (the job keeps it). */
  @OptionalEnum(ScreeningGrade, 'ScreeningGrade', { nullable: true })
  screeningGrade?: ScreeningGrade | null;

  @OptionalEnum(ConsumptionTrait, 'ConsumptionTrait', { nullable: true })
  consumptionTrait?: ConsumptionTrait | null;

  @OptionalEnum(SocialStyle, 'SocialStyle', { nullable: true })
  socialStyle?: SocialStyle | null;

  @OptionalEnum(RelationshipLevel, 'RelationshipLevel', { nullable: true })
  relationshipLevel?: RelationshipLevel | null;

  /** Changing the stage records it in the lifecycle history (and as a hand-set classification). */
  @OptionalEnum(LifecycleStage, 'LifecycleStage')
  lifecycleStage?: LifecycleStage;
}

export class CreateCustomerDto extends CustomerFieldsDto {
  /** Unique code; leave it out to get the next C-000123 style code. */
  @ApiPropertyOptional({ maxLength: 40, example: 'C-000123' })
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

  @RequiredText(300, '上海华信贸易有限公司')
  name!: string;

  @OptionalEnum(CustomerKind, 'CustomerKind')
  kind?: CustomerKind;
}
