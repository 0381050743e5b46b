import { ApiProperty } from '@nestjs/swagger';
import { Webhook } from '../webhook.entity';
import { WebhookDelivery, WebhookDeliveryAttempt, WebhookDeliveryStatus } from '../webhook-delivery.entity';

const nullableDate = { type: String, format: 'date-time', nullable: true } as const;
const iso = (d: Date | null) => d?.toISOString() ?? null;

export class WebhookDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'https://erp.example.com/hooks/crm' }) url!: string;
  /** Event names, "<prefix>.*" or "*". */
  @ApiProperty({ type: [String], example: ['customer.created'] }) events!: string[];
  /** false: nothing is sent (paused by an admin, or disabled after failures: see disabledAt). */
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  /** Consecutive failed deliveries; reset by a successful one. */
  @ApiProperty() failureCount!: number;
  /** When the webhook was disabled after too many failed deliveries; PATCH active=true re-enables it. */
  @ApiProperty(nullableDate) disabledAt!: string | null;
  @ApiProperty(nullableDate) lastDeliveryAt!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdById!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class CreatedWebhookDto extends WebhookDto {
  /** The signing secret, shown only in this response: store it now. */
  @ApiProperty({ example: 'whsec_…' }) secret!: string;
}

export class WebhookPageDto {
  @ApiProperty({ type: [WebhookDto] }) data!: WebhookDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class WebhookEventInfoDto {
  @ApiProperty({ example: 'customer.created' }) name!: string;
  /** What happened, in the caller's language (Accept-Language). */
  @ApiProperty({ example: 'A customer was created' }) description!: string;
}

export class WebhookEventsDto {
  /** Event names a webhook can subscribe to (besides "<prefix>.*" and "*"), from every module's registry. */
  @ApiProperty({ type: [String] }) events!: string[];
  /** The same events with their descriptions. */
  @ApiProperty({ type: [WebhookEventInfoDto] }) catalog!: WebhookEventInfoDto[];
}

export class WebhookDeliveryDto {
  /** Also the payload's id and the X-CRM-Delivery header; the same on every retry. */
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) webhookId!: string;
  @ApiProperty({ example: 'customer.created' }) event!: string;
  @ApiProperty({ enum: WebhookDeliveryStatus, enumName: 'WebhookDeliveryStatus' }) status!: WebhookDeliveryStatus;
  /** Attempts made so far. */
  @ApiProperty() attempt!: number;
  /** HTTP status of the latest attempt. */
  @ApiProperty({ type: Number, nullable: true }) responseStatus!: number | null;
  /** First 2 KB of the latest response. */
  @ApiProperty({ type: String, nullable: true }) responseBody!: string | null;
  /** Why the latest attempt failed. */
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty(nullableDate) deliveredAt!: string | null;
}

export class WebhookDeliveryAttemptDto {
  @ApiProperty() attempt!: number;
  @ApiProperty() succeeded!: boolean;
  @ApiProperty({ type: Number, nullable: true }) responseStatus!: number | null;
  @ApiProperty({ type: String, nullable: true }) responseBody!: string | null;
  @ApiProperty({ type: String, nullable: true }) error!: string | null;
  @ApiProperty() durationMs!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class WebhookDeliveryDetailDto extends WebhookDeliveryDto {
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  /** The payload's `data`. */
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  /** Every attempt, oldest first. */
  @ApiProperty({ type: [WebhookDeliveryAttemptDto] }) attempts!: WebhookDeliveryAttemptDto[];
}

export class WebhookDeliveryPageDto {
  @ApiProperty({ type: [WebhookDeliveryDto] }) data!: WebhookDeliveryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toWebhookDto = (w: Webhook): WebhookDto => ({
  id: w.id,
  url: w.url,
  events: w.events,
  active: w.active,
  description: w.description,
  failureCount: w.failureCount,
  disabledAt: iso(w.disabledAt),
  lastDeliveryAt: iso(w.lastDeliveryAt),
  createdById: w.createdById,
  createdAt: w.createdAt.toISOString(),
  updatedAt: w.updatedAt.toISOString(),
  version: w.version,
});

export const toWebhookDeliveryDto = (d: WebhookDelivery): WebhookDeliveryDto => ({
  id: d.id,
  webhookId: d.webhookId,
  event: d.event,
  status: d.status,
  attempt: d.attempt,
  responseStatus: d.responseStatus,
  responseBody: d.responseBody,
  error: d.error,
  durationMs: d.durationMs,
  createdAt: d.createdAt.toISOString(),
  deliveredAt: iso(d.deliveredAt),
});

export const toWebhookDeliveryDetailDto = (
  d: WebhookDelivery,
  attempts: WebhookDeliveryAttempt[],
): WebhookDeliveryDetailDto => ({
  ...toWebhookDeliveryDto(d),
  occurredAt: d.occurredAt.toISOString(),
  data: d.data,
  attempts: attempts.map((a) => ({
    attempt: a.attempt,
    succeeded: a.succeeded,
    responseStatus: a.responseStatus,
    responseBody: a.responseBody,
    error: a.error,
    durationMs: a.durationMs,
    createdAt: a.createdAt.toISOString(),
  })),
});
