import { IsId } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsOptional, IsUUID } from 'class-validator';
import { Nullable, NullableText, RequiredText } from '../../common/validation';

const ISO = { message: '$property must be an ISO-8601 date-time' };

export class InteractionFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Nullable()
  @IsUUID('all', { message: 'contactId must be a UUID' })
  contactId?: string | null;

  @NullableText(300, 'Customer HQ, Shanghai')
  place?: string | null;

  @NullableText(10000)
  details?: string | null;

  @NullableText(2000, 'Interested; wants a quote for 200 units')
  outcome?: string | null;

  @NullableText(2000, 'Send the quote')
  nextStep?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @Nullable()
  @IsDateString({ strict: true }, ISO)
  nextStepAt?: string | null;

  /** Who had the interaction; defaults to you. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @Nullable()
  @IsUUID('all', { message: 'staffId must be a UUID' })
  staffId?: string | null;
}

export class CreateInteractionDto extends InteractionFieldsDto {
  @IsId('The customer the interaction was with')
  customerId!: string;

  /** When it happened; defaults to now. */
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true }, ISO)
  occurredAt?: string;

  /** Dictionary key of type interaction_type (visit, call, email, meeting, chat, event, letter, …). */
  @RequiredText(64, 'visit')
  type!: string;

  @RequiredText(500, 'Presented the new product line')
  summary!: string;
}
