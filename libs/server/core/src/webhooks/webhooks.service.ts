import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { NotFoundError } from '../errors/domain-error';
import { assertVersion } from '../errors/stale-version';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import {
  CreateWebhookDto,
  ListWebhookDeliveriesQueryDto,
  ListWebhooksQueryDto,
  UpdateWebhookDto,
} from './dto/webhook-inputs.dto';
import {
  CreatedWebhookDto,
  toWebhookDeliveryDetailDto,
  toWebhookDeliveryDto,
  toWebhookDto,
  WebhookDeliveryDetailDto,
  WebhookDeliveryDto,
  WebhookDto,
  WebhookEventsDto,
} from './dto/webhook.dto';
import { Locale, translate } from '../i18n/translate';
import { isSubscribable, WEBHOOK_TEST_EVENT, webhookEvents } from './webhook-events';
import { checkWebhookUrl } from './webhook-url';
import { WebhookDelivery, WebhookDeliveryAttempt } from './webhook-delivery.entity';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { generateWebhookSecret } from './webhook-signature';
import { Webhook } from './webhook.entity';
import { invalidWebhookUrl, unknownWebhookEvents } from './webhooks.errors';

// Webhook subscriptions and their delivery log (admin only; the controller enforces the role).
@Injectable()
export class WebhooksService {
  constructor(
    @InjectRepository(Webhook) private readonly webhooks: Repository<Webhook>,
    @InjectRepository(WebhookDelivery) private readonly deliveries: Repository<WebhookDelivery>,
    @InjectRepository(WebhookDeliveryAttempt) private readonly attempts: Repository<WebhookDeliveryAttempt>,
    @Inject(WebhookDeliveryService) private readonly sender: WebhookDeliveryService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  listWebhookEvents(locale: Locale): WebhookEventsDto {
    const catalog = webhookEvents().map((e) => ({ name: e.name, description: translate(locale, e.description) }));
    return { events: catalog.map((e) => e.name), catalog };
  }

  listWebhooks(query: ListWebhooksQueryDto): Promise<Page<WebhookDto>> {
    const qb = this.webhooks.createQueryBuilder('w');
    if (query.active !== undefined) qb.andWhere('w.active = :active', { active: query.active });
    if (query.q) qb.andWhere('(w.url ILIKE :q OR w.description ILIKE :q)', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: { createdAt: 'w.createdAt', url: 'w.url' } }, toWebhookDto);
  }

  async getWebhook(id: string): Promise<WebhookDto> {
    return toWebhookDto(await this.find(id));
  }

  async createWebhook(dto: CreateWebhookDto, user: AuthUser): Promise<CreatedWebhookDto> {
    await this.checkUrl(dto.url);
    checkEvents(dto.events);
    const secret = dto.secret ?? generateWebhookSecret();
    const saved = await this.webhooks.save(
      this.webhooks.create({
        url: dto.url,
        events: dto.events,
        secret,
        active: dto.active ?? true,
        description: dto.description ?? null,
        createdById: user.id,
      }),
    );
    return { ...toWebhookDto(await this.find(saved.id)), secret };
  }

  async updateWebhook(id: string, dto: UpdateWebhookDto): Promise<WebhookDto> {
    await this.webhooks.manager.transaction(async (m) => {
      const webhook = await m.findOne(Webhook, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!webhook) throw new NotFoundError('Webhook', id);
      assertVersion(webhook, dto.version, 'Webhook');
      if (dto.url !== undefined && dto.url !== webhook.url) {
        await this.checkUrl(dto.url);
        webhook.url = dto.url;
      }
      if (dto.events !== undefined) {
        checkEvents(dto.events);
        webhook.events = dto.events;
      }
      if (dto.description !== undefined) webhook.description = dto.description;
      if (dto.secret !== undefined) webhook.secret = dto.secret;
      if (dto.active === true && !webhook.active) {
        // Re-enabled: a fresh start for the failure count.
        webhook.failureCount = 0;
        webhook.disabledAt = null;
      }
      if (dto.active !== undefined) webhook.active = dto.active;
      await m.save(webhook);
    });
    return this.getWebhook(id);
  }

  // The delivery log goes with it.
  async deleteWebhook(id: string): Promise<void> {
    await this.webhooks.remove(await this.find(id));
  }

  async listWebhookDeliveries(
    webhookId: string,
    query: ListWebhookDeliveriesQueryDto,
  ): Promise<Page<WebhookDeliveryDto>> {
    await this.find(webhookId);
    const qb = this.deliveries.createQueryBuilder('d').where('d.webhookId = :webhookId', { webhookId });
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    if (query.event) qb.andWhere('d.event = :event', { event: query.event });
    if (query.q) qb.andWhere('(d.error ILIKE :q OR d.event ILIKE :q)', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: { createdAt: 'd.createdAt' } }, toWebhookDeliveryDto);
  }

  async getWebhookDelivery(webhookId: string, deliveryId: string): Promise<WebhookDeliveryDetailDto> {
    const delivery = await this.deliveries.findOneBy({ id: deliveryId, webhookId });
    if (!delivery) throw new NotFoundError('Webhook delivery', deliveryId);
    const attempts = await this.attempts.find({ where: { deliveryId }, order: { attempt: 'ASC', createdAt: 'ASC' } });
    return toWebhookDeliveryDetailDto(delivery, attempts);
  }

  // Sends a webhook.test event now, once, whether or not the webhook is active, and answers with the
  // outcome. It does not count towards disabling the webhook.
  async testWebhook(id: string, user: AuthUser): Promise<WebhookDeliveryDetailDto> {
    const webhook = await this.find(id);
    const delivery = await this.deliveries.save(
      this.deliveries.create({
        webhookId: webhook.id,
        event: WEBHOOK_TEST_EVENT,
        occurredAt: new Date(),
        data: { webhookId: webhook.id, message: 'Test delivery from the CRM', requestedBy: user.name },
      }),
    );
    await this.sender.deliverOnce(delivery.id);
    return this.getWebhookDelivery(webhook.id, delivery.id);
  }

  private async find(id: string): Promise<Webhook> {
    const webhook = await this.webhooks.findOneBy({ id });
    if (!webhook) throw new NotFoundError('Webhook', id);
    return webhook;
  }

  private async checkUrl(url: string) {
    const problem = await checkWebhookUrl(url, this.config.isProduction);
    if (problem) throw invalidWebhookUrl(problem);
  }
}

function checkEvents(events: string[]) {
  const unknown = events.filter((e) => !isSubscribable(e));
  if (unknown.length) throw unknownWebhookEvents(unknown);
}
