import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryDeepPartialEntity, Repository } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { isWebhookEvent, patternsFor } from './webhook-events';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { DeliverWebhookJob } from './webhooks.jobs';

// Turns each known domain event into one stored delivery per matching active webhook, then queues
// it. Runs in every process that emits events (API and worker). Events are emitted after their
// transaction commits, so a delivery never describes a change that was rolled back.
@Injectable()
export class WebhookDispatcher implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Webhooks');
  private pending = new Set<Promise<unknown>>();

  constructor(
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    @Inject(JobsService) private readonly jobs: JobsService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  // Not a promise: emitters (including emitAsync of customer.merging) never wait for webhooks.
  private readonly listener = (event: string | string[], payload: unknown): void => {
    const name = Array.isArray(event) ? event.join('.') : event;
    if (typeof name !== 'string' || !isWebhookEvent(name)) return;
    const work = this.dispatch(name, payload)
      .catch((e: Error) => this.logger.error(`could not record webhook deliveries for ${name}: ${e.message}`))
      .finally(() => this.pending.delete(work));
    this.pending.add(work);
  };

  onModuleInit() {
    this.events.onAny(this.listener);
  }

  // Lets deliveries being recorded finish before the database pool closes.
  async onModuleDestroy() {
    this.events.offAny(this.listener);
    await Promise.allSettled([...this.pending]);
  }

  // Records and queues the deliveries of one event; returns their ids.
  async dispatch(event: string, payload: unknown, occurredAt = new Date()): Promise<string[]> {
    const hooks: Array<{ id: string }> = await this.deliveries.manager.query(
      `SELECT id FROM webhooks WHERE active AND events && $1::text[]`,
      [patternsFor(event)],
    );
    if (!hooks.length) return [];
    const data = toJsonObject(payload);
    const inserted = await this.deliveries
      .createQueryBuilder()
      .insert()
      .values(
        hooks.map((h) => ({ webhookId: h.id, event, data, occurredAt })) as QueryDeepPartialEntity<WebhookDelivery>[],
      )
      .returning(['id'])
      .execute();
    const ids = (inserted.raw as Array<{ id: string }>).map((r) => r.id);
    for (const id of ids) await this.enqueue(id);
    return ids;
  }

  // The delivery id is the job id: queuing one twice is a no-op.
  async enqueue(deliveryId: string): Promise<void> {
    const { maxAttempts, retryDelayMs } = this.config.webhooks;
    try {
      await this.jobs.enqueue(
        DeliverWebhookJob,
        { deliveryId },
        { jobId: deliveryId, attempts: maxAttempts, backoff: { type: 'exponential', delay: retryDelayMs } },
      );
    } catch (e) {
      await this.deliveries.update(deliveryId, {
        status: WebhookDeliveryStatus.Failed,
        error: `Not sent: ${(e as Error).message}`,
      });
    }
  }
}

// Event payloads are ids and amounts; anything that does not survive JSON (a transaction manager,
// a cycle) is left out rather than failing the delivery.
function toJsonObject(payload: unknown): Record<string, unknown> {
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) return {};
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(payload)) {
    try {
      const json = JSON.stringify(value);
      if (json !== undefined && (typeof value !== 'object' || value === null || isPlain(value)))
        out[key] = JSON.parse(json);
    } catch {
      // not serialisable: skipped
    }
  }
  return out;
}

const isPlain = (v: object) => Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype || v instanceof Date;
