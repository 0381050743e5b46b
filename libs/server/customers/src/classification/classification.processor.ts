import { JobRunsService, OnJob } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { ClassifyCustomersJob, ClassifyCustomersPayload } from './classification.jobs';
import { ClassificationService } from './classification.service';

// Registered by apps/worker only (CustomersWorkerModule).
@Injectable()
export class ClassificationProcessor {
  constructor(
    @Inject(JobRunsService) private readonly runs: JobRunsService,
    @Inject(ClassificationService) private readonly classification: ClassificationService,
  ) {}

  @OnJob(ClassifyCustomersJob)
  classifyCustomers(job: Job<ClassifyCustomersPayload>) {
    return this.runs.track(job, (run) => this.classification.classifyCustomers(job.data, run));
  }
}
