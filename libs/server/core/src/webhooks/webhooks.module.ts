import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WebhookDelivery, WebhookDeliveryAttempt } from './webhook-delivery.entity';
import { WebhookDeliveryService } from './webhook-delivery.service';
import { WebhookDispatcher } from './webhook-dispatcher.service';
import { Webhook } from './webhook.entity';
import { WebhooksController } from './webhooks.controller';
import { WebhooksProcessor } from './webhooks.processor';
import { WebhooksService } from './webhooks.service';

@Module({})
export class WebhooksModule {
  // Both roles turn domain events into deliveries; only the worker sends them.
  static forRoot(role: 'api' | 'worker'): DynamicModule {
    return {
      module: WebhooksModule,
      imports: [TypeOrmModule.forFeature([Webhook, WebhookDelivery, WebhookDeliveryAttempt])],
      controllers: role === 'api' ? [WebhooksController] : [],
      providers: [
        WebhooksService,
        WebhookDeliveryService,
        WebhookDispatcher,
        ...(role === 'worker' ? [WebhooksProcessor] : []),
      ],
      exports: [WebhooksService, WebhookDispatcher],
    };
  }
}
