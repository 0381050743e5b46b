import { ListQueryDto } from '@crm/server-core';
import { ApiProperty } from '@nestjs/swagger';
import { Delivery, DeliveryRecordStatus } from '../delivery.entity';

export class DeliveryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty({ format: 'date-time' }) deliveredAt!: string;
  @ApiProperty({ enum: DeliveryRecordStatus, enumName: 'DeliveryRecordStatus' }) status!: DeliveryRecordStatus;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  /** Who recorded the delivery. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdById!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class DeliveryPageDto {
  @ApiProperty({ type: [DeliveryDto] }) data!: DeliveryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

// Sort on deliveredAt (default newest first), createdAt.
export class ListDeliveriesQueryDto extends ListQueryDto {}

export const toDeliveryDto = (d: Delivery): DeliveryDto => ({
  id: d.id,
  orderId: d.orderId,
  deliveredAt: d.deliveredAt.toISOString(),
  status: d.status,
  note: d.note,
  createdById: d.createdById,
  createdAt: d.createdAt.toISOString(),
});
