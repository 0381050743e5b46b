import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRunsService } from '../jobs/job-runs.service';
import { OnJob } from '../jobs/on-job.decorator';
import { SendMailJob } from './mail.jobs';
import { MailMessage, MailService } from './mail.service';

@Injectable()
export class MailProcessor {
  constructor(
    @Inject(JobRunsService) private readonly runs: JobRunsService,
    @Inject(MailService) private readonly mail: MailService,
  ) {}

  @OnJob(SendMailJob)
  send(job: Job<MailMessage>) {
    return this.runs.track(job, async () => {
      const sent = await this.mail.send(job.data);
      return { processed: 1, summary: { messageId: sent.messageId } };
    });
  }
}
