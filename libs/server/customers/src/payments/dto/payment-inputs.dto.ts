import { IsId, ListQueryDto } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { DateFilter, NullableText, OptionalText, RequiredText } from '../../common/validation';
import { AmountField } from '../../orders/dto/amount-fields';

// Fields shared by create and update; null clears on update.
export class PaymentFieldsDto {
  /** The account the money went to. */
  @NullableText(200, 'ICBC 6222 **** 1234')
  account?: string | null;

  /** Bank reference, cheque number, … */
  @NullableText(200)
  reference?: string | null;

  /** The staff member who handled the collection; defaults to you. */
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'handledById must be a UUID' })
  handledById?: string;

  @NullableText(5000)
  notes?: string | null;
}

export class CreatePaymentDto extends PaymentFieldsDto {
  @IsId('The confirmed or delivered order paid')
  orderId!: string;

  @AmountField({ positive: true, description: "At most the order's outstanding amount", example: '5000.00' })
  amount!: string;

  @ApiProperty({ type: String, format: 'date-time', example: '2026-11-22T08:00:00Z' })
  @IsDateString({ strict: true }, { message: 'paidAt must be an ISO-8601 date or date-time' })
  paidAt!: string;

  /** A payment_method dictionary key: bank_transfer, cash, cheque, card, alipay, wechat_pay, bank_acceptance, … */
  @RequiredText(64, 'bank_transfer')
  method!: string;
}

// The amount and order of a payment do not change: delete it and record the right one.
export class UpdatePaymentDto extends PaymentFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'paidAt must be an ISO-8601 date or date-time' })
  paidAt?: string;

  @OptionalText(64)
  method?: string;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}

// from/to bound paidAt (a bare date covers that whole day, UTC). Sort on paidAt (default newest
// first), amount, createdAt.
export class ListPaymentsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'orderId must be a UUID' })
  orderId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @DateFilter()
  from?: string;

  @DateFilter()
  to?: string;

  /** A payment_method key. */
  @OptionalText(64)
  method?: string;
}
