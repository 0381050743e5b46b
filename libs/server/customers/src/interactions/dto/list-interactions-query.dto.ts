import { ListQueryDto } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DateFilter } from '../../common/validation';

// q searches the summary; sort on occurredAt, createdAt, nextStepAt (default -occurredAt).
export class ListInteractionsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'contactId must be a UUID' })
  contactId?: string;

  /** Dictionary key (type interaction_type). */
  @ApiPropertyOptional({ example: 'visit' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  type?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'staffId must be a UUID' })
  staffId?: string;

  /** Occurred at or after (ISO date or date-time). */
  @DateFilter()
  from?: string;

  /** Occurred at or before; a bare date includes that whole day (UTC). */
  @DateFilter()
  to?: string;

  /** Next step due at or after (ISO date or date-time). */
  @DateFilter()
  nextStepFrom?: string;

  /** Next step due at or before; a bare date includes that whole day (UTC). */
  @DateFilter()
  nextStepTo?: string;
}
