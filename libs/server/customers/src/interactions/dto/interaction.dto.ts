import { ApiProperty } from '@nestjs/swagger';
import { Interaction } from '../interaction.entity';

const nullableText = { type: String, nullable: true } as const;

export class InteractionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  /** The contact met or spoken to. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) contactId!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  /** Dictionary key (type interaction_type): visit, call, email, meeting, chat, event, letter, … */
  @ApiProperty({ example: 'visit' }) type!: string;
  @ApiProperty(nullableText) place!: string | null;
  @ApiProperty({ example: 'Presented the new product line' }) summary!: string;
  @ApiProperty(nullableText) details!: string | null;
  @ApiProperty(nullableText) outcome!: string | null;
  @ApiProperty(nullableText) nextStep!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) nextStepAt!: string | null;
  /** The staff member who had the interaction. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) staffId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class InteractionPageDto {
  @ApiProperty({ type: [InteractionDto] }) data!: InteractionDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toInteractionDto = (i: Interaction): InteractionDto => ({
  id: i.id,
  customerId: i.customerId,
  contactId: i.contactId,
  occurredAt: i.occurredAt.toISOString(),
  type: i.type,
  place: i.place,
  summary: i.summary,
  details: i.details,
  outcome: i.outcome,
  nextStep: i.nextStep,
  nextStepAt: i.nextStepAt?.toISOString() ?? null,
  staffId: i.staffId,
  createdAt: i.createdAt.toISOString(),
  updatedAt: i.updatedAt.toISOString(),
  version: i.version,
});
