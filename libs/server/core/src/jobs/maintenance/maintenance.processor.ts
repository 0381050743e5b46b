import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRunsService } from '../job-runs.service';
import { OnJob } from '../on-job.decorator';
import { PurgeExpiredRefreshTokensJob, PurgeExpiredRefreshTokensPayload } from './maintenance.jobs';
import { MaintenanceService } from './maintenance.service';

@Injectable()
export class MaintenanceProcessor {
  constructor(
    @Inject(JobRunsService) private readonly runs: JobRunsService,
    @Inject(MaintenanceService) private readonly maintenance: MaintenanceService,
  ) {}

  @OnJob(PurgeExpiredRefreshTokensJob)
  purgeExpiredRefreshTokens(job: Job<PurgeExpiredRefreshTokensPayload>) {
    return this.runs.track(job, (run) => this.maintenance.purgeExpiredRefreshTokens(run));
  }
}
