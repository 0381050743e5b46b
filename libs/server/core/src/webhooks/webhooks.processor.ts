import { Inject, Injectable } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobRunsService } from '../jobs/job-runs.service';
import { OnJob } from '../jobs/on-job.decorator';
import { WebhookDeliveryService } from './webhook-delivery.service';
import {
  DeliverWebhookJob,
  DeliverWebhookPayload,
  PurgeWebhookDeliveriesJob,
  PurgeWebhookDeliveriesPayload,
} from './webhooks.jobs';

// Worker only. Each delivery's attempts are its run record (webhook_delivery_attempts), so
// deliveries are not also written to job_runs; the nightly purge is.
@Injectable()
export class WebhooksProcessor {
  constructor(
    @Inject(JobRunsService) private readonly runs: JobRunsService,
    @Inject(WebhookDeliveryService) private readonly deliveries: WebhookDeliveryService,
  ) {}

  @OnJob(DeliverWebhookJob)
  async deliverWebhook(job: Job<DeliverWebhookPayload>) {
    const attempt = job.attemptsMade + 1;
    await this.deliveries.deliver(job.data.deliveryId, attempt, attempt >= (job.opts.attempts ?? 1));
  }

  @OnJob(PurgeWebhookDeliveriesJob)
  purgeWebhookDeliveries(job: Job<PurgeWebhookDeliveriesPayload>) {
    return this.runs.track(job, (run) => this.deliveries.purgeOldDeliveries(run));
  }
}
