import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { JobRun, JobRunStatus } from '../job-run.entity';

const STATUSES: JobRunStatus[] = ['running', 'completed', 'failed'];

export class JobRunQueryDto extends ListQueryDto {
  /** Only runs of this queue (mail, webhooks, maintenance, imports, analytics, … as the modules declare them). */
  @ApiPropertyOptional({ example: 'maintenance' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'queue must be a queue name such as maintenance' })
  queue?: string;

  /** Only runs in this state. */
  @ApiPropertyOptional({ enum: STATUSES, enumName: 'JobRunStatus' })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of: ${STATUSES.join(', ')}` })
  status?: JobRunStatus;
}

export class JobRunDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Queue the job ran on. */
  @ApiProperty({ example: 'maintenance' }) queue!: string;
  /** Job name within the queue, e.g. "purge-expired-refresh-tokens". */
  @ApiProperty() name!: string;
  /** BullMQ job id, to find the job in the queue board. */
  @ApiProperty({ type: String, nullable: true }) jobId!: string | null;
  /** 1 for the first try, 2 for the first retry, … */
  @ApiProperty() attempt!: number;
  @ApiProperty({ enum: STATUSES, enumName: 'JobRunStatus' }) status!: JobRunStatus;
  @ApiProperty({ format: 'date-time' }) startedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  /** Items handled successfully. */
  @ApiProperty() processed!: number;
  /** Items that failed without failing the whole run. */
  @ApiProperty() failed!: number;
  /** Items the run changed (batch jobs; processed then counts the items scanned). */
  @ApiProperty() updated!: number;
  /** Percent done (0–100) while running; null when the job does not report it. */
  @ApiProperty({ type: Number, nullable: true, minimum: 0, maximum: 100 }) progress!: number | null;
  /** Why the run failed. */
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  /** Job-specific figures, e.g. {"cutoff": "…"}. */
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  summary!: Record<string, unknown> | null;
}

export class JobRunPageDto {
  @ApiProperty({ type: [JobRunDto] }) data!: JobRunDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toJobRunDto = (r: JobRun): JobRunDto => ({
  id: r.id,
  queue: r.queue,
  name: r.name,
  jobId: r.jobId,
  attempt: r.attempt,
  status: r.status,
  startedAt: r.startedAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
  processed: r.processed,
  failed: r.failed,
  updated: r.updated,
  progress: r.progress,
  error: r.error,
  summary: r.summary,
});
