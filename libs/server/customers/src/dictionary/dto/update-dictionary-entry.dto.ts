import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsOptional, Max, Min } from 'class-validator';
import { OptionalText } from '../../common/validation';

// type and key are fixed once created: records store the key.
export class UpdateDictionaryEntryDto {
  @OptionalText(200)
  labelEn?: string;

  @OptionalText(200)
  labelZh?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt({ message: 'sortOrder must be a whole number' })
  @Min(-1_000_000)
  @Max(1_000_000)
  sortOrder?: number;

  /** false retires the entry: existing records keep it, new values cannot use it. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}
