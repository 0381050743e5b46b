import { ApiProperty } from '@nestjs/swagger';
import { formatCents, toCents } from '../money';
import { OrderLine } from '../order-line.entity';
import { DeliveryStatus, Order, OrderStatus } from '../order.entity';

const nullableText = { type: String, nullable: true } as const;
const nullableDate = { type: String, format: 'date', nullable: true } as const;

export class OrderLineDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) productId!: string;
  /** The product's name when the line was written (kept if the product is renamed). */
  @ApiProperty({ example: 'Centrifugal pump' }) productName!: string;
  @ApiProperty({ minimum: 1, example: 10 }) quantity!: number;
  /** Decimal string. */
  @ApiProperty({ example: '1250.00' }) unitPrice!: string;
  /** Percentage 0–100. */
  @ApiProperty({ minimum: 0, maximum: 100, example: 10 }) discount!: number;
  /** round(quantity × unitPrice × (1 − discount/100), 2), computed by the server. */
  @ApiProperty({ example: '11250.00' }) lineTotal!: string;
}

export class OrderDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Unique; generated as SO-<year>-<sequence> when not given. */
  @ApiProperty({ example: 'SO-2026-000123' }) number!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  /** The salesperson responsible; defaults to the customer's owner. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId!: string | null;
  @ApiProperty({ format: 'date', example: '2026-11-22' }) orderDate!: string;
  @ApiProperty({ enum: OrderStatus, enumName: 'OrderStatus' }) status!: OrderStatus;
  @ApiProperty({ type: [OrderLineDto] }) lines!: OrderLineDto[];
  /** Sum of quantity × unitPrice before discounts. */
  @ApiProperty({ example: '12500.00' }) subtotal!: string;
  /** subtotal − total. */
  @ApiProperty({ example: '1250.00' }) discountTotal!: string;
  /** Sum of the line totals. */
  @ApiProperty({ example: '11250.00' }) total!: string;
  /** Sum of the order's payments. */
  @ApiProperty({ example: '5000.00' }) paidAmount!: string;
  /** total − paidAmount. */
  @ApiProperty({ example: '6250.00' }) outstandingAmount!: string;
  /** ISO 4217 code. */
  @ApiProperty({ example: 'CNY' }) currency!: string;
  /** Main terms of the contract. */
  @ApiProperty(nullableText) terms!: string | null;
  @ApiProperty(nullableDate) startDate!: string | null;
  @ApiProperty(nullableDate) endDate!: string | null;
  @ApiProperty(nullableText) signedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) signedAt!: string | null;
  @ApiProperty(nullableText) notes!: string | null;
  @ApiProperty({ enum: DeliveryStatus, enumName: 'DeliveryStatus' }) deliveryStatus!: DeliveryStatus;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) cancelledAt!: string | null;
  @ApiProperty(nullableText) cancelReason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdById!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class OrderPageDto {
  @ApiProperty({ type: [OrderDto] }) data!: OrderDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toOrderLineDto = (l: OrderLine): OrderLineDto => ({
  id: l.id,
  productId: l.productId,
  productName: l.productName,
  quantity: l.quantity,
  unitPrice: l.unitPrice,
  discount: Number(l.discount),
  lineTotal: l.lineTotal,
});

export const toOrderDto = (o: Order, lines: OrderLine[]): OrderDto => ({
  id: o.id,
  number: o.number,
  customerId: o.customerId,
  ownerId: o.ownerId,
  orderDate: o.orderDate,
  status: o.status,
  lines: [...lines].sort((a, b) => a.position - b.position).map(toOrderLineDto),
  subtotal: o.subtotal,
  discountTotal: o.discountTotal,
  total: o.total,
  paidAmount: o.paidAmount,
  outstandingAmount: formatCents(toCents(o.total) - toCents(o.paidAmount)),
  currency: o.currency,
  terms: o.terms,
  startDate: o.startDate,
  endDate: o.endDate,
  signedBy: o.signedBy,
  signedAt: iso(o.signedAt),
  notes: o.notes,
  deliveryStatus: o.deliveryStatus,
  deliveredAt: iso(o.deliveredAt),
  confirmedAt: iso(o.confirmedAt),
  completedAt: iso(o.completedAt),
  cancelledAt: iso(o.cancelledAt),
  cancelReason: o.cancelReason,
  createdById: o.createdById,
  createdAt: o.createdAt.toISOString(),
  updatedAt: o.updatedAt.toISOString(),
  version: o.version,
});

export class NextOrderNumberDto {
  /** The number the next order created without one gets, e.g. SO-2026-000124; someone creating an order first takes it. */
  @ApiProperty({ example: 'SO-2026-000124' }) number!: string;
}
