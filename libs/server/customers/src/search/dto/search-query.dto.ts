import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsArray, IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { CommaList } from '../../common/validation';

export class SearchQueryDto {
  /** Text to find: part of a name, code, phone number or email. */
  @ApiProperty({ minLength: 1, maxLength: 200, example: '华信' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'q must be text' })
  @MinLength(1, { message: 'q must not be empty' })
  @MaxLength(200)
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 50, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1)
  @Max(50, { message: 'limit must not exceed 50' })
  limit?: number;

  /** Comma-separated result types to search (customer, contact, and those other modules add); default all. */
  @ApiPropertyOptional({ type: String, example: 'customer,contact' })
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsString({ each: true })
  types?: string[];
}
