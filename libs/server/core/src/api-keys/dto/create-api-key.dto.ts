import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsEnum, IsString, MaxLength, MinLength } from 'class-validator';
import { ALL_ROLES, Role } from '../../auth/roles';
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

  @ApiProperty({ enum: Role, enumName: 'Role' })
  @IsEnum(Role, { message: `role must be one of: ${ALL_ROLES.join(', ')}` })
  role!: Role;

  /** Omit (or null) for a key that does not expire. */
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true })
  @OptionalField({ nullable: true })
  @IsDateString({ strict: true }, { message: 'expiresAt must be an ISO-8601 date' })
  expiresAt?: string | null;
}
