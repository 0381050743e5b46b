import { ApiProperty } from '@nestjs/swagger';

export class TimelineItemDto {
  /** interaction, lifecycle_change, and what other modules add: order, payment, service_request, call, … */
  @ApiProperty({ example: 'interaction' }) type!: string;
  /** Id of the underlying record. */
  @ApiProperty() id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ example: 'Visit' }) title!: string;
  @ApiProperty({ type: String, nullable: true }) summary!: string | null;
  /** Type-specific details (ids, amounts, stages…). */
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
}

export class TimelinePageDto {
  /** Newest first. */
  @ApiProperty({ type: [TimelineItemDto] }) data!: TimelineItemDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class TimelineTypeDto {
  /** What the types filter takes: interaction, order, … */
  @ApiProperty({ example: 'order' }) type!: string;
  /** The type's name in the caller's language (Accept-Language). */
  @ApiProperty({ example: 'Orders' }) label!: string;
  /** This customer's items of the type. */
  @ApiProperty() count!: number;
}

export class TimelineTypesDto {
  /** Every type the timeline knows, by type. */
  @ApiProperty({ type: [TimelineTypeDto] }) data!: TimelineTypeDto[];
}
