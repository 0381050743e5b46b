import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { Role } from '../../auth/roles';
import { OptionalField } from '../../validation/decorators';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords';
import { ROLES_MESSAGE, trim } from './create-user.dto';
import { LOCALES } from './user.dto';

export class UpdateUserDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: Role, enumName: 'Role', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'roles must contain at least one role' })
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsEnum(Role, { each: true, message: ROLES_MESSAGE })
  roles?: Role[];

  /** null takes the user out of their department. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @OptionalField({ nullable: true })
  @IsUUID('all', { message: 'departmentId must be a UUID' })
  departmentId?: string | null;

  /** false deactivates the user: sign-in refused, tokens and sessions end at once. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  /** Sets a new password and ends the user's sessions. */
  @ApiPropertyOptional({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password?: string;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale' })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of: ${LOCALES.join(', ')}` })
  locale?: string;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}
