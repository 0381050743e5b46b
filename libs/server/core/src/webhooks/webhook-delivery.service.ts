import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AppConfig } from '../config/app-config';
import type { RunHandle, RunResult } from '../jobs/job-runs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { WebhookDelivery, WebhookDeliveryAttempt, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { postWebhook, WebhookResponse } from './webhook-sender';
import { signWebhook } from './webhook-signature';
import { Webhook } from './webhook.entity';

// Thrown for a failed attempt that BullMQ should retry; carries no URL or secret.
export class WebhookAttemptFailedError extends Error {}

const PURGE_BATCH = 5000;

// Sends stored deliveries and keeps the books: every attempt, the delivery's latest state, the
// webhook's consecutive-failure count, and disabling a webhook that keeps failing.
@Injectable()
export class WebhookDeliveryService {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  // One attempt of a queued delivery. A failure before the last attempt throws so the queue retries
  // it later; the last failure counts against the webhook. Safe to run twice: a delivery that is no
  // longer pending is left alone.
  async deliver(deliveryId: string, attempt: number, lastAttempt: boolean): Promise<WebhookDelivery | null> {
    const delivery = await this.deliveries.findOneBy({ id: deliveryId });
    if (!delivery || delivery.status !== WebhookDeliveryStatus.Pending) return delivery;
    const webhook = await this.loadWebhook(delivery.webhookId);
    if (!webhook) return null;
    if (!webhook.active) {
      await this.deliveries.update(delivery.id, {
        status: WebhookDeliveryStatus.Failed,
        error: 'Not sent: the webhook is inactive',
      });
      return null;
    }
    const result = await this.send(webhook, delivery, attempt, lastAttempt);
    if (result.ok) {
      await this.ds.query(`UPDATE webhooks SET failure_count = 0, last_delivery_at = now() WHERE id = $1`, [
        webhook.id,
      ]);
      return this.deliveries.findOneByOrFail({ id: deliveryId });
    }
    this.logger.warn(`webhook ${webhook.id}: delivery ${delivery.id} attempt ${attempt} failed: ${result.error}`);
    if (!lastAttempt) throw new WebhookAttemptFailedError(result.error ?? 'failed');
    await this.countFailure(webhook.id);
    return this.deliveries.findOneByOrFail({ id: deliveryId });
  }

  // A single attempt now (the test endpoint): no retries, and the failure count is left alone.
  async deliverOnce(deliveryId: string): Promise<void> {
    const delivery = await this.deliveries.findOneByOrFail({ id: deliveryId });
    const webhook = await this.loadWebhook(delivery.webhookId);
    if (webhook) await this.send(webhook, delivery, 1, true);
  }

  async purgeOldDeliveries(run?: RunHandle, now = new Date()): Promise<RunResult> {
    const cutoff = new Date(now.getTime() - this.config.webhooks.logRetentionDays * 24 * 3600 * 1000);
    let processed = 0;
    for (;;) {
      const [, affected] = await this.ds.query(
        `DELETE FROM webhook_deliveries WHERE id IN
           (SELECT id FROM webhook_deliveries WHERE created_at < $1 AND status <> 'pending' LIMIT ${PURGE_BATCH})`,
        [cutoff],
      );
      processed += affected ?? 0;
      await run?.progress(0, { processed });
      if (!affected || affected < PURGE_BATCH) break;
    }
    return { processed, summary: { cutoff: cutoff.toISOString() } };
  }

  private loadWebhook(id: string): Promise<Webhook | null> {
    return this.ds
      .getRepository(Webhook)
      .createQueryBuilder('w')
      .addSelect('w.secret')
      .where('w.id = :id', { id })
      .getOne();
  }

  // POSTs {id, event, occurredAt, data} signed with the secret, and records the attempt.
  private async send(
    webhook: Webhook,
    delivery: WebhookDelivery,
    attempt: number,
    final = false,
  ): Promise<WebhookResponse> {
    const body = JSON.stringify({
      id: delivery.id,
      event: delivery.event,
      occurredAt: delivery.occurredAt.toISOString(),
      data: delivery.data,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const result = await postWebhook({
      url: webhook.url,
      body,
      timeoutMs: this.config.webhooks.timeoutMs,
      production: this.config.isProduction,
      headers: {
        'Content-Type': 'application/json',
        'User-Agent': 'CRM-Webhooks/1',
        'X-CRM-Event': delivery.event,
        'X-CRM-Delivery': delivery.id,
        'X-CRM-Timestamp': String(timestamp),
        'X-CRM-Signature': signWebhook(webhook.secret, timestamp, body),
      },
    });
    const status = result.ok
      ? WebhookDeliveryStatus.Succeeded
      : final
        ? WebhookDeliveryStatus.Failed
        : WebhookDeliveryStatus.Pending;
    await this.ds.transaction(async (m) => {
      await m.insert(WebhookDeliveryAttempt, {
        deliveryId: delivery.id,
        attempt,
        succeeded: result.ok,
        responseStatus: result.status,
        responseBody: result.body,
        error: result.error,
        durationMs: result.durationMs,
      });
      await m.update(WebhookDelivery, delivery.id, {
        attempt,
        status,
        responseStatus: result.status,
        responseBody: result.body,
        error: result.error,
        durationMs: result.durationMs,
        deliveredAt: result.ok ? new Date() : null,
      });
    });
    return result;
  }

  // The delivery failed for good: count it, and disable the webhook at the threshold. The UPDATEs
  // are atomic, so concurrent failures count once each and only one of them disables and notifies.
  private async countFailure(webhookId: string) {
    const [rows]: [Array<{ failure_count: number }>] = await this.ds.query(
      `UPDATE webhooks SET failure_count = failure_count + 1, last_delivery_at = now() WHERE id = $1
       RETURNING failure_count`,
      [webhookId],
    );
    const failures = Number(rows[0]?.failure_count ?? 0);
    if (failures < this.config.webhooks.disableAfterFailures) return;
    const [disabled]: [Array<{ url: string }>] = await this.ds.query(
      `UPDATE webhooks SET active = false, disabled_at = now() WHERE id = $1 AND active RETURNING url`,
      [webhookId],
    );
    if (!disabled.length) return;
    await this.audit.record({
      entity: 'webhooks',
      entityId: webhookId,
      action: 'update',
      changes: {
        active: { before: true, after: false },
        disabledAt: { before: null, after: new Date().toISOString() },
      },
    });
    const admins: Array<{ id: string }> = await this.ds.query(
      `SELECT id FROM users WHERE active AND 'admin' = ANY(roles)`,
    );
    const host = hostOf(disabled[0].url);
    await this.notifications.notify(
      admins.map((a) => a.id),
      {
        type: 'webhook.disabled',
        title: `Webhook to ${host} disabled after ${failures} failed deliveries`,
        body: `Deliveries to ${host} failed ${failures} times in a row, so the webhook was switched off. Check the receiver and the delivery log, then re-enable it (PATCH active: true).`,
        link: `/webhooks/${webhookId}/show`,
        data: { webhookId, failureCount: failures },
        email: true,
      },
    );
    this.logger.warn(`webhook ${webhookId} disabled after ${failures} consecutive failed deliveries`);
  }
}

// Only the host: paths and query strings of webhook URLs often carry tokens.
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'an invalid URL';
  }
}
