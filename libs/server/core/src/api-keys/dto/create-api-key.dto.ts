import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayNotEmpty, IsArray, IsDateString, IsString, MaxLength, MinLength } from 'class-validator';
import { OptionalField } from '../../validation/decorators';
import { trim } from '../../users/dto/create-user.dto';

export class CreateApiKeyDto {
  /** What the key is for, e.g. "ERP sync". */
  @ApiProperty({ example: 'ERP sync' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  /** Permission keys from GET /permissions. The key never exceeds its creator's current permissions. */
  @ApiProperty({ type: [String], example: ['customers.read', 'orders.read'] })
  @IsArray()
  @ArrayNotEmpty({ message: 'scopes must name at least one permission' })
  @ArrayMaxSize(500)
  @IsString({ each: true })
  scopes!: string[];

  /** Omit (or null) for a key that does not expire. */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @OptionalField({ nullable: true })
  @IsDateString({ strict: true }, { message: 'expiresAt must be an ISO-8601 date' })
  expiresAt?: string | null;
}
