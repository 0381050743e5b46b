import { PageQueryDto } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { CommaList } from '../../common/validation';

// Sort on occurredAt (default -occurredAt, newest first); q searches titles and summaries.
export class TimelineQueryDto extends PageQueryDto {
  /** Comma-separated item types to include, e.g. "interaction,lifecycle_change"; default all. */
  @ApiPropertyOptional({ type: String, example: 'interaction,lifecycle_change' })
  @IsOptional()
  @CommaList()
  @IsArray()
  @IsString({ each: true })
  types?: string[];
}
