import { msg, translatedAs } from '@crm/server-core';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { Nullable, OptionalEnum } from '../../common/validation';
import { CustomerStatus } from '../customer.enums';

export const BULK_UPDATE_MAX_IDS = 500;
// The same cap as a customer's own tags list.
export const MAX_TAGS = 50;

const CHANGE_FIELDS = ['ownerId', 'status', 'addTags', 'removeTags'] as const;

// Trimmed, de-duplicated tags; empty ones dropped (as on create/update).
const normaliseTags = ({ value }: { value: unknown }) =>
  Array.isArray(value)
    ? [...new Set(value.map((t) => (typeof t === 'string' ? t.trim() : t)).filter((t) => t !== ''))]
    : value;

const TagList = (example: string[]) =>
  applyDecorators(
    ApiPropertyOptional({ type: [String], minItems: 1, maxItems: MAX_TAGS, example }),
    IsOptional(),
    Transform(normaliseTags),
    IsArray({ message: '$property must be a list of text' }),
    ArrayMinSize(1, { message: '$property must name at least one tag' }),
    ArrayMaxSize(MAX_TAGS, { message: `$property must have at most ${MAX_TAGS} entries` }),
    IsString({ each: true, message: 'each tag must be text' }),
    MaxLength(50, { each: true, message: 'each tag must be at most 50 characters' }),
  );

// The changes applied to every customer; at least one must be given.
export class BulkCustomerChangesDto {
  /** The new owner, or null for none; the same rules as on a single update. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Nullable()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string | null;

  @OptionalEnum(CustomerStatus, 'CustomerStatus')
  status?: CustomerStatus;

  /** Tags added to each customer (a tag it already has is not repeated). */
  @TagList(['key-account'])
  addTags?: string[];

  /** Tags taken off each customer. */
  @TagList(['trade-show-2025'])
  @ValidateBy(
    {
      name: 'notAlsoAdded',
      validator: {
        validate: (value: unknown, args) => {
          const added = (args?.object as BulkCustomerChangesDto).addTags;
          return !Array.isArray(value) || !Array.isArray(added) || !value.some((t) => added.includes(t));
        },
      },
    },
    {
      message: 'removeTags must not contain a tag that addTags adds',
      context: translatedAs('validation.not_in_other_list', { other: 'addTags' }),
    },
  )
  removeTags?: string[];
}

export class BulkUpdateCustomersDto {
  /** The customers to change (1 to 500, no repeats). */
  @ApiProperty({
    type: [String],
    format: 'uuid',
    minItems: 1,
    maxItems: BULK_UPDATE_MAX_IDS,
    uniqueItems: true,
  })
  @IsArray({ message: 'ids must be a list of customer ids' })
  @ArrayMinSize(1, { message: 'ids must contain at least 1 customer id' })
  @ArrayMaxSize(BULK_UPDATE_MAX_IDS, { message: `ids must contain at most ${BULK_UPDATE_MAX_IDS} customer ids` })
  @ArrayUnique({ message: 'ids must not repeat a customer id' })
  @IsUUID('all', { each: true, message: 'each id must be a UUID' })
  ids!: string[];

  @ApiProperty({ type: BulkCustomerChangesDto })
  @IsDefined({ message: 'changes is required' })
  @ValidateBy(
    {
      name: 'hasChange',
      validator: {
        // A missing object is IsDefined's to report.
        validate: (value: unknown) =>
          value === undefined ||
          value === null ||
          (typeof value === 'object' && CHANGE_FIELDS.some((f) => (value as Record<string, unknown>)[f] !== undefined)),
      },
    },
    {
      message: `changes must contain at least one of: ${CHANGE_FIELDS.join(', ')}`,
      context: translatedAs(() => msg('validation.at_least_one', { fields: CHANGE_FIELDS.join(', ') })),
    },
  )
  @ValidateNested()
  @Type(() => BulkCustomerChangesDto)
  changes!: BulkCustomerChangesDto;
}

// Why a customer was left out: not_found (missing, binned or not visible to you), too_many_tags.
export enum BulkUpdateFailureCode {
  NotFound = 'not_found',
  TooManyTags = 'too_many_tags',
}

export class BulkUpdateFailureDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: BulkUpdateFailureCode, enumName: 'BulkUpdateFailureCode' }) code!: BulkUpdateFailureCode;
  @ApiProperty({ description: "In the request's language (Accept-Language)" }) message!: string;
}

export class BulkUpdateResultDto {
  @ApiProperty({ description: 'Customers changed, each with its own audit entry and customer.updated event' })
  updated!: number;
  @ApiProperty({ description: 'Customers that already had the requested values' })
  unchanged!: number;
  @ApiProperty({
    type: [BulkUpdateFailureDto],
    description: 'Customers left as they were, in request order; not_found also covers binned and invisible ones',
  })
  failed!: BulkUpdateFailureDto[];
}
