import { ApiProperty } from '@nestjs/swagger';
import { isMessageKey, Locale, translate } from '../../i18n/translate';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { QueryBoolean } from '../../validation/decorators';
import { Notification } from '../notification.entity';

export class NotificationQueryDto extends ListQueryDto {
  /** true: only unread; false: only read; omitted: all. */
  @QueryBoolean()
  unread?: boolean;
}

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Kind of notification, e.g. "churn.alert". */
  @ApiProperty({ example: 'churn.alert' }) type!: string;
  /** In the caller's language (Accept-Language) when the notification was written as a message. */
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) body!: string | null;
  /** Where it leads in the admin app, or an absolute URL. */
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  /** Extra values for the client, e.g. ids of the records concerned. */
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true }) data!: Record<string, unknown> | null;
  /** When the user read it; null while unread. */
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) data!: NotificationDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class UnreadCountDto {
  /** Unread notifications of the signed-in user. */
  @ApiProperty() count!: number;
}

export class MarkAllReadDto {
  /** Notifications marked read by this call. */
  @ApiProperty() updated!: number;
}

// A stored key renders in the locale; a key the catalog no longer has falls back to the stored English.
const render = (locale: Locale, key: string | null, english: string | null, params: Notification['params']) =>
  key && isMessageKey(key) ? translate(locale, key, params ?? {}) : english;

export const toNotificationDto = (n: Notification, locale: Locale = 'en'): NotificationDto => ({
  id: n.id,
  type: n.type,
  title: render(locale, n.titleKey, n.title, n.params) ?? n.title,
  body: render(locale, n.bodyKey, n.body, n.params),
  link: n.link,
  data: n.data,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});
