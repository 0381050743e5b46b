import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DuplicateReason } from './duplicate-group.dto';

// What a user has typed into the create (or edit) form so far; any of it may be missing.
export class DuplicateCheckDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '上海华信贸易有限公司' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  name?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+86 21 5555 1234' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'sales@huaxin.cn' })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  email?: string | null;

  /** The customer being edited, left out of the candidates. */
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  excludeId?: string | null;
}

export class DuplicateCandidateDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'C-000123' }) code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId!: string | null;
  /** Which of the typed values it shares (normalised as for the duplicate list). */
  @ApiProperty({ enum: DuplicateReason, enumName: 'DuplicateReason', isArray: true }) reasons!: DuplicateReason[];
}

export class DuplicateCheckResultDto {
  /** Live customers visible to the caller that look like the same business; oldest first, at most 10. */
  @ApiProperty({ type: [DuplicateCandidateDto] }) data!: DuplicateCandidateDto[];
}
