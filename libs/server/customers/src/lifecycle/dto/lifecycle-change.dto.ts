import { ApiProperty } from '@nestjs/swagger';
import { LifecycleStage } from '../../customers/customer.enums';
import { LifecycleChange, LifecycleChangeOrigin } from '../lifecycle-change.entity';
import { LIFECYCLE_REASON_KEYS, LifecycleReasonKey } from '../lifecycle-reasons';

export class LifecycleChangeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  /** null for the stage the customer was created in. */
  @ApiProperty({ enum: LifecycleStage, enumName: 'LifecycleStage', nullable: true }) fromStage!: LifecycleStage | null;
  @ApiProperty({ enum: LifecycleStage, enumName: 'LifecycleStage' }) toStage!: LifecycleStage;
  /** In English; for a reason the server wrote, translate `reasonKey` with `reasonParams` instead. */
  @ApiProperty({ example: 'Signed the framework contract' }) reason!: string;
  /** Set when the server wrote the reason (ADR 0026); null for a reason a user typed. */
  @ApiProperty({ enum: LIFECYCLE_REASON_KEYS, enumName: 'LifecycleReasonKey', nullable: true })
  reasonKey!: LifecycleReasonKey | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, nullable: true })
  reasonParams!: Record<string, string> | null;
  /** How the change came about: created, manual, edit or rule. */
  @ApiProperty({ enum: LifecycleChangeOrigin, enumName: 'LifecycleChangeOrigin' }) origin!: LifecycleChangeOrigin;
  /** The user who made it; null for rules and jobs. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorName!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
}

export class LifecycleChangePageDto {
  /** Newest first. */
  @ApiProperty({ type: [LifecycleChangeDto] }) data!: LifecycleChangeDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toLifecycleChangeDto = (c: LifecycleChange): LifecycleChangeDto => ({
  id: c.id,
  customerId: c.customerId,
  fromStage: c.fromStage,
  toStage: c.toStage,
  reason: c.reason,
  reasonKey: c.reasonKey,
  reasonParams: c.reasonParams,
  origin: c.origin,
  actorId: c.actorId,
  actorName: c.actorName,
  occurredAt: c.occurredAt.toISOString(),
});
