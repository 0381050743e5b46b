import { ApiProperty } from '@nestjs/swagger';
import { Payment } from '../payment.entity';

const nullableText = { type: String, nullable: true } as const;

export class PaymentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  /** The order's customer. */
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  /** Decimal string, more than 0. */
  @ApiProperty({ example: '5000.00' }) amount!: string;
  @ApiProperty({ format: 'date-time' }) paidAt!: string;
  /** A payment_method dictionary key (bank_transfer, cash, alipay, …). */
  @ApiProperty({ example: 'bank_transfer' }) method!: string;
  /** The account the money went to. */
  @ApiProperty(nullableText) account!: string | null;
  /** Bank reference, cheque number, … */
  @ApiProperty(nullableText) reference!: string | null;
  /** The staff member who handled the collection. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) handledById!: string | null;
  @ApiProperty(nullableText) notes!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class PaymentPageDto {
  @ApiProperty({ type: [PaymentDto] }) data!: PaymentDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toPaymentDto = (p: Payment): PaymentDto => ({
  id: p.id,
  orderId: p.orderId,
  customerId: p.customerId,
  amount: p.amount,
  paidAt: p.paidAt.toISOString(),
  method: p.method,
  account: p.account,
  reference: p.reference,
  handledById: p.handledById,
  notes: p.notes,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString(),
  version: p.version,
});
