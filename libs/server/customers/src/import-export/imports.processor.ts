import { JobRunsService, OnJob } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { RunImportJob, RunImportPayload } from './imports.jobs';
import { ImportsService } from './imports.service';

// Registered by apps/worker only (ImportJobsModule).
@Injectable()
export class ImportsProcessor {
  constructor(
    @Inject(JobRunsService) private readonly runs: JobRunsService,
    @Inject(ImportsService) private readonly imports: ImportsService,
  ) {}

  @OnJob(RunImportJob)
  runImport(job: Job<RunImportPayload>) {
    const final = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    return this.runs.track(job, (run) => this.imports.runQueuedImport(job.data.importId, final, run));
  }
}
