import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, Min } from 'class-validator';
import { OptionalText } from '../../common/validation';
import { InteractionFieldsDto } from './create-interaction.dto';

// The customer of an interaction does not change.
export class UpdateInteractionDto extends InteractionFieldsDto {
  @ApiPropertyOptional({ type: String, format: 'date-time' })
  @IsOptional()
  @IsDateString({ strict: true }, { message: 'occurredAt must be an ISO-8601 date-time' })
  occurredAt?: string;

  /** Dictionary key of type interaction_type. */
  @OptionalText(64)
  type?: string;

  @OptionalText(500)
  summary?: string;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}
