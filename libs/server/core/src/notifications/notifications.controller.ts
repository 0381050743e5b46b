import { Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { Authenticated } from '../permissions/require-permission.decorator';
import { RequestLocale } from '../i18n/request-locale.decorator';
import { Locale } from '../i18n/translate';
import {
  MarkAllReadDto,
  NotificationDto,
  NotificationPageDto,
  NotificationQueryDto,
  UnreadCountDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

// The signed-in user's own notifications only.
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(NotificationsService) private readonly notifications: NotificationsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'My notifications, newest first', operationId: 'listNotifications' })
  @ApiOkResponse({ type: NotificationPageDto })
  listNotifications(
    @CurrentUser() user: AuthUser,
    @Query() query: NotificationQueryDto,
    @RequestLocale() locale: Locale,
  ): Promise<NotificationPageDto> {
    return this.notifications.list(user, query, locale);
  }

  @Get('unread-count')
  @Authenticated()
  @ApiOperation({ summary: 'How many of my notifications are unread', operationId: 'countUnreadNotifications' })
  @ApiOkResponse({ type: UnreadCountDto })
  countUnreadNotifications(@CurrentUser() user: AuthUser): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Mark all my notifications read', operationId: 'markAllNotificationsRead' })
  @ApiOkResponse({ type: MarkAllReadDto })
  markAllNotificationsRead(@CurrentUser() user: AuthUser): Promise<MarkAllReadDto> {
    return this.notifications.markAllRead(user);
  }

  @Post(':id/read')
  @HttpCode(200)
  @Authenticated()
  @ApiOperation({ summary: 'Mark one of my notifications read', operationId: 'markNotificationRead' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiNotFoundResponse({ description: 'No such notification among mine' })
  markNotificationRead(
    @CurrentUser() user: AuthUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @RequestLocale() locale: Locale,
  ): Promise<NotificationDto> {
    return this.notifications.markRead(user, id, locale);
  }
}
