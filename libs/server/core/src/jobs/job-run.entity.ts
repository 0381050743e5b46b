import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type JobRunStatus = 'running' | 'completed' | 'failed';

// One attempt of one job, written by the worker so admins can see what ran.
@Entity('job_runs')
@Index('ix_job_runs_started_at', { synchronize: false })
@Index('ix_job_runs_queue_status', { synchronize: false })
@Index('ix_job_runs_status', { synchronize: false })
@Index('ix_job_runs_job_id', { synchronize: false })
@Index('ix_job_runs_checkpoint', { synchronize: false })
@Check('ck_job_runs_status', `status IN ('running', 'completed', 'failed')`)
@Check('ck_job_runs_progress', `progress BETWEEN 0 AND 100`)
export class JobRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  queue!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', nullable: true })
  jobId!: string | null;

  @Column({ type: 'integer', default: 1 })
  attempt!: number;

  @Column({ type: 'text' })
  status!: JobRunStatus;

  @Column({ type: 'timestamptz' })
  startedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ type: 'integer', default: 0 })
  processed!: number;

  @Column({ type: 'integer', default: 0 })
  failed!: number;

  // Rows a batch job changed (processed counts the rows it scanned).
  @Column({ type: 'integer', default: 0 })
  updated!: number;

  @Column({ type: 'integer', nullable: true })
  progress!: number | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  summary!: Record<string, unknown> | null;

  // Where a batch job got to (last key, counts, its state), saved with each batch.
  @Column({ type: 'jsonb', nullable: true })
  checkpoint!: Record<string, unknown> | null;
}
