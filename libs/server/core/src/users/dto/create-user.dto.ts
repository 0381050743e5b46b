import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ALL_ROLES, Role } from '../../auth/roles';
import { OptionalField } from '../../validation/decorators';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../passwords';
import { LOCALES } from './user.dto';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const ROLES_MESSAGE = `roles must contain only: ${ALL_ROLES.join(', ')}`;

export class CreateUserDto {
  /** Sign-in email; unique regardless of case. */
  @ApiProperty({ format: 'email', example: 'ann.lee@example.com' })
  @Transform(trim)
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email!: string;

  @ApiProperty({ example: 'Ann Lee' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  /** At least 10 characters and not the email address. */
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH, maxLength: PASSWORD_MAX_LENGTH })
  @IsString()
  @MinLength(PASSWORD_MIN_LENGTH, { message: `password must be at least ${PASSWORD_MIN_LENGTH} characters` })
  @MaxLength(PASSWORD_MAX_LENGTH)
  password!: string;

  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true, example: [Role.AccountManager] })
  @IsArray()
  @ArrayMinSize(1, { message: 'roles must contain at least one role' })
  @ArrayUnique({ message: 'roles must not repeat a role' })
  @IsEnum(Role, { each: true, message: ROLES_MESSAGE })
  roles!: Role[];

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @OptionalField({ nullable: true })
  @IsUUID('all', { message: 'departmentId must be a UUID' })
  departmentId?: string | null;

  @ApiPropertyOptional({ enum: LOCALES, enumName: 'Locale', default: 'en' })
  @IsOptional()
  @IsIn(LOCALES, { message: `locale must be one of: ${LOCALES.join(', ')}` })
  locale?: string;
}
