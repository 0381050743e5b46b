import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, QueryDeepPartialEntity, Repository } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppConfig } from '../config/app-config';
import { ForbiddenError, NotFoundError } from '../errors/domain-error';
import { english, Locale, Message, msg } from '../i18n/translate';
import { MailService } from '../mail/mail.service';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import { User } from '../users/user.entity';
import {
  MarkAllReadDto,
  NotificationDto,
  NotificationQueryDto,
  toNotificationDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { Notification } from './notification.entity';

export interface NotificationInput {
  // Machine-readable kind, e.g. "churn.alert".
  type: string;
  // A Message is stored as its key and parameters and rendered in each reader's language (its
  // parameters must be plain strings and numbers); its English is kept for search and mail.
  title: string | Message;
  body?: string | Message;
  // Path in the admin app ("/customers/<id>/show") or an absolute URL.
  link?: string;
  data?: Record<string, unknown>;
  // Also mail it to each user (through the mail queue when there is one).
  email?: boolean;
}

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger('Notifications');

  constructor(
    @InjectRepository(Notification) private readonly notifications: Repository<Notification>,
    @Inject(MailService) private readonly mail: MailService,
    @Inject(AppConfig) private readonly config: AppConfig,
  ) {}

  // Other modules call this. Unknown user ids are skipped; pass a transaction's
  // manager to store the notifications with the change that caused them.
  async notify(userIds: string[], input: NotificationInput, manager?: EntityManager): Promise<number> {
    const ids = [...new Set(userIds.filter(Boolean))];
    if (!ids.length) return 0;
    const em = manager ?? this.notifications.manager;
    const users = await em.find(User, { where: { id: In(ids) }, select: { id: true, email: true, active: true } });
    if (!users.length) return 0;
    const params = { ...paramsOf(input.title), ...paramsOf(input.body) };
    await em.insert(
      Notification,
      users.map((u) => ({
        userId: u.id,
        type: input.type,
        title: textOf(input.title),
        body: input.body === undefined ? null : textOf(input.body),
        titleKey: keyOf(input.title),
        bodyKey: keyOf(input.body),
        params: Object.keys(params).length ? params : null,
        link: input.link ?? null,
        data: input.data ?? null,
      })) as QueryDeepPartialEntity<Notification>[],
    );
    if (input.email)
      await this.mailTo(
        users.filter((u) => u.active),
        input,
      );
    return users.length;
  }

  async list(user: AuthUser, query: NotificationQueryDto, locale: Locale = 'en'): Promise<Page<NotificationDto>> {
    const qb = this.notifications.createQueryBuilder('n').where('n.userId = :userId', { userId: ownerOf(user) });
    if (query.unread === true) qb.andWhere('n.readAt IS NULL');
    if (query.unread === false) qb.andWhere('n.readAt IS NOT NULL');
    if (query.q) qb.andWhere('(n.title ILIKE :q OR n.body ILIKE :q)', { q: likePattern(query.q) });
    return paginate(qb, query, { sortable: { createdAt: 'n.createdAt' }, defaultSort: '-createdAt' }, (n) =>
      toNotificationDto(n, locale),
    );
  }

  async unreadCount(user: AuthUser): Promise<UnreadCountDto> {
    return { count: await this.notifications.count({ where: { userId: ownerOf(user), readAt: IsNull() } }) };
  }

  // Another user's notification answers 404, as if it did not exist.
  async markRead(user: AuthUser, id: string, locale: Locale = 'en'): Promise<NotificationDto> {
    const notification = await this.notifications.findOneBy({ id, userId: ownerOf(user) });
    if (!notification) throw new NotFoundError('Notification', id);
    if (!notification.readAt) {
      notification.readAt = new Date();
      await this.notifications.update({ id }, { readAt: notification.readAt });
    }
    return toNotificationDto(notification, locale);
  }

  async markAllRead(user: AuthUser): Promise<MarkAllReadDto> {
    const { affected } = await this.notifications.update(
      { userId: ownerOf(user), readAt: IsNull() },
      { readAt: new Date() },
    );
    return { updated: affected ?? 0 };
  }

  // The notification is stored already; a mail failure is logged, not thrown.
  private async mailTo(users: Array<Pick<User, 'email'>>, input: NotificationInput) {
    const link = input.link ? new URL(input.link, this.config.publicUrl).toString() : undefined;
    const subject = textOf(input.title);
    const text = [input.body && textOf(input.body), link].filter(Boolean).join('\n\n') || subject;
    for (const user of users) {
      await this.mail
        .enqueue({ to: user.email, subject, text })
        .catch((e: Error) => this.logger.warn(`could not mail "${subject}" to ${user.email}: ${e.message}`));
    }
  }
}

const textOf = (text: string | Message) => (text instanceof Message ? english(text) : text);
const keyOf = (text: string | Message | undefined) => (text instanceof Message ? text.key : null);
function paramsOf(text: string | Message | undefined): Record<string, string | number> {
  if (!(text instanceof Message)) return {};
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(text.params))
    out[name] = value instanceof Message ? english(value) : value;
  return out;
}

// Notifications belong to people; an API key has none.
function ownerOf(user: AuthUser): string {
  if (user.kind !== 'user' || !user.id) throw new ForbiddenError(msg('forbidden.notifications'));
  return user.id;
}
