import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { RequirePermission } from '../permissions/require-permission.decorator';
import { RequestLocale } from '../i18n/request-locale.decorator';
import type { Locale } from '../i18n/translate';
import {
  CreateWebhookDto,
  ListWebhookDeliveriesQueryDto,
  ListWebhooksQueryDto,
  UpdateWebhookDto,
} from './dto/webhook-inputs.dto';
import {
  CreatedWebhookDto,
  WebhookDeliveryDetailDto,
  WebhookDeliveryPageDto,
  WebhookDto,
  WebhookEventsDto,
  WebhookPageDto,
} from './dto/webhook.dto';
import { WebhooksService } from './webhooks.service';

@ApiTags('webhooks')
@Controller('webhooks')
@RequirePermission('webhooks.manage')
export class WebhooksController {
  constructor(@Inject(WebhooksService) private readonly webhooks: WebhooksService) {}

  @Get('events')
  @ApiOperation({ summary: 'List the events a webhook can subscribe to', operationId: 'listWebhookEvents' })
  @ApiOkResponse({ type: WebhookEventsDto })
  listWebhookEvents(@RequestLocale() locale: Locale): WebhookEventsDto {
    return this.webhooks.listWebhookEvents(locale);
  }

  @Get()
  @ApiOperation({ summary: 'List webhooks (never their secrets)', operationId: 'listWebhooks' })
  @ApiOkResponse({ type: WebhookPageDto })
  listWebhooks(@Query() query: ListWebhooksQueryDto) {
    return this.webhooks.listWebhooks(query);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a webhook; the signing secret is in this response only',
    operationId: 'createWebhook',
  })
  @ApiCreatedResponse({ type: CreatedWebhookDto })
  createWebhook(@Body() dto: CreateWebhookDto, @CurrentUser() user: AuthUser) {
    return this.webhooks.createWebhook(dto, user);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a webhook', operationId: 'getWebhook' })
  @ApiOkResponse({ type: WebhookDto })
  getWebhook(@Param('id', ParseUUIDPipe) id: string) {
    return this.webhooks.getWebhook(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a webhook; active=true re-enables a disabled one', operationId: 'updateWebhook' })
  @ApiOkResponse({ type: WebhookDto })
  updateWebhook(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateWebhookDto) {
    return this.webhooks.updateWebhook(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a webhook and its delivery log', operationId: 'deleteWebhook' })
  deleteWebhook(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.webhooks.deleteWebhook(id);
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: "List a webhook's deliveries, newest first", operationId: 'listWebhookDeliveries' })
  @ApiOkResponse({ type: WebhookDeliveryPageDto })
  listWebhookDeliveries(@Param('id', ParseUUIDPipe) id: string, @Query() query: ListWebhookDeliveriesQueryDto) {
    return this.webhooks.listWebhookDeliveries(id, query);
  }

  @Get(':id/deliveries/:deliveryId')
  @ApiOperation({ summary: 'Get a delivery with its payload and every attempt', operationId: 'getWebhookDelivery' })
  @ApiOkResponse({ type: WebhookDeliveryDetailDto })
  getWebhookDelivery(@Param('id', ParseUUIDPipe) id: string, @Param('deliveryId', ParseUUIDPipe) deliveryId: string) {
    return this.webhooks.getWebhookDelivery(id, deliveryId);
  }

  @Post(':id/test')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Send a webhook.test event now (one attempt, no retries) and answer with the outcome',
    operationId: 'testWebhook',
  })
  @ApiOkResponse({ type: WebhookDeliveryDetailDto })
  testWebhook(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser) {
    return this.webhooks.testWebhook(id, user);
  }
}
