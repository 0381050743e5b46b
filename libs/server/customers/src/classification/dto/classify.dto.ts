import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export class ClassifyCustomersDto {
  /** Rolling period of orders for value tiers, ABC classes and value groups (margin), in days; default the server's CLASSIFY_PERIOD_DAYS (365). */
  @ApiPropertyOptional({ minimum: 1, maximum: 3650, example: 365 })
  @IsOptional()
  @IsInt({ message: 'periodDays must be a whole number' })
  @Min(1)
  @Max(3650)
  periodDays?: number;

  /** Classify as of this date instead of today (UTC). */
  @ApiPropertyOptional({ type: String, format: 'date', example: '2026-11-22' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'asOf must be a date like 2026-11-22' })
  @IsDateString({ strict: true }, { message: 'asOf must be a valid date' })
  asOf?: string;
}

export class ClassifyJobDto {
  /** The queued job (or the one already waiting); its run shows under /api/v1/job-runs. */
  @ApiProperty({ example: '42' }) jobId!: string;
}
