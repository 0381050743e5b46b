import { IsId, ListQueryDto, QueryBoolean, translatedAs } from '@crm/server-core';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDateString,
  IsInt,
  IsNumber,
  IsOptional,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { DateFilter, Nullable, NullableText, OptionalEnum, OptionalText, RequiredText } from '../../common/validation';
import { OrderStatus } from '../order.entity';
import { AmountField } from './amount-fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

// A calendar date "2026-11-22".
const DateOnly = (options: { nullable?: boolean; description?: string } = {}) =>
  applyDecorators(
    options.nullable ? Nullable() : IsOptional(),
    Matches(DATE, { message: '$property must be a date like 2026-11-22', context: translatedAs('validation.date') }),
    IsDateString({ strict: true }, { message: '$property must be a valid date' }),
    ApiPropertyOptional({
      type: String,
      format: 'date',
      nullable: options.nullable || undefined,
      description: options.description,
    }),
  );

// One line as a client sends it. Amounts (lineTotal, totals) are computed by the server; sending
// them is rejected as an unknown field (400).
export class OrderLineInputDto {
  @IsId('The product ordered')
  productId!: string;

  @ApiProperty({ minimum: 1, example: 10 })
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be more than 0' })
  @Max(1_000_000_000)
  quantity!: number;

  @AmountField({ optional: true, description: "Price per unit; defaults to the product's list price" })
  unitPrice?: string;

  /** Discount percentage 0–100 with at most 2 decimals; default 0. */
  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0, example: 10 })
  @IsOptional()
  @IsNumber(
    { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false },
    { message: 'discount must be a number with at most 2 decimals', context: translatedAs('validation.two_decimals') },
  )
  @Min(0, { message: 'discount must be between 0 and 100' })
  @Max(100, { message: 'discount must be between 0 and 100' })
  discount?: number;
}

// Header fields shared by create and update; null clears on update.
export class OrderFieldsDto {
  /** The salesperson responsible; defaults to the customer's owner. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Nullable()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string | null;

  @NullableText(10000, 'Payment within 30 days of delivery; one-year warranty')
  terms?: string | null;

  @DateOnly({ nullable: true, description: 'Contract start' })
  startDate?: string | null;

  @DateOnly({ nullable: true, description: 'Contract end (on or after startDate)' })
  endDate?: string | null;

  /** Who signed the contract for the customer. */
  @NullableText(200, '王强')
  signedBy?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @Nullable()
  @IsDateString({ strict: true }, { message: 'signedAt must be an ISO-8601 date-time' })
  signedAt?: string | null;

  @NullableText(5000)
  notes?: string | null;
}

// Fields that can only change while the order is a draft.
export const DRAFT_ONLY_FIELDS = ['number', 'customerId', 'orderDate', 'currency', 'lines'] as const;

export class CreateOrderDto extends OrderFieldsDto {
  @IsId('The customer ordering')
  customerId!: string;

  /** Leave out to get the next SO-<year>-<sequence>. */
  @OptionalText(50)
  number?: string;

  @DateOnly({ description: 'Defaults to today (UTC)' })
  orderDate?: string;

  /** ISO 4217 code; default CNY. */
  @ApiPropertyOptional({ default: 'CNY', example: 'CNY' })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, {
    message: 'currency must be a 3-letter code such as CNY',
    context: translatedAs('validation.currency'),
  })
  currency?: string;

  @ApiProperty({ type: [OrderLineInputDto] })
  @IsArray({ message: 'lines must be a list' })
  @ArrayMinSize(1, { message: 'an order needs at least one line' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInputDto)
  lines!: OrderLineInputDto[];
}

export class NextOrderNumberQueryDto {
  @DateOnly({ description: 'The date of the order to be created (its year is in the number); default today (UTC)' })
  orderDate?: string;
}

// number, customerId, orderDate, currency and lines change only while the order is a draft (422
// order_not_draft otherwise); lines replace all current lines.
export class UpdateOrderDto extends OrderFieldsDto {
  @OptionalText(50)
  number?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @DateOnly()
  orderDate?: string;

  @ApiPropertyOptional({ example: 'CNY' })
  @IsOptional()
  @Transform(upper)
  @Matches(/^[A-Z]{3}$/, {
    message: 'currency must be a 3-letter code such as CNY',
    context: translatedAs('validation.currency'),
  })
  currency?: string;

  @ApiPropertyOptional({ type: [OrderLineInputDto] })
  @IsOptional()
  @IsArray({ message: 'lines must be a list' })
  @ArrayMinSize(1, { message: 'an order needs at least one line' })
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInputDto)
  lines?: OrderLineInputDto[];

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}

export class DeliverOrderDto {
  /** When the goods were delivered; default now. */
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'deliveredAt must be an ISO-8601 date-time' })
  deliveredAt?: string;

  @NullableText(2000, 'Signed for by the warehouse')
  note?: string | null;
}

export class CancelOrderDto {
  @RequiredText(2000, 'Customer withdrew the order')
  reason!: string;
}

// q matches the order number or the customer's name; from/to bound orderDate (inclusive).
// Sort on orderDate, total, number, createdAt (default -orderDate).
export class ListOrdersQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'ownerId must be a UUID' })
  ownerId?: string;

  @OptionalEnum(OrderStatus, 'OrderStatus')
  status?: OrderStatus;

  @DateFilter()
  from?: string;

  @DateFilter()
  to?: string;

  /** true: only confirmed or delivered orders not yet fully paid (awaiting payment). */
  @QueryBoolean()
  outstanding?: boolean;
}
