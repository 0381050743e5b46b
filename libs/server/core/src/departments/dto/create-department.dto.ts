import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { trim } from '../../users/dto/create-user.dto';
import { OptionalField } from '../../validation/decorators';

export class CreateDepartmentDto {
  /** Unique regardless of case. */
  @ApiProperty({ example: 'Sales East' })
  @Transform(trim)
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @OptionalField({ nullable: true })
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @OptionalField({ nullable: true })
  @IsUUID('all', { message: 'managerId must be a UUID' })
  managerId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @OptionalField({ nullable: true })
  @IsUUID('all', { message: 'parentId must be a UUID' })
  parentId?: string | null;
}
