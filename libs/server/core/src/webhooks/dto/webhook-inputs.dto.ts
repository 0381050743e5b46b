import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { OptionalField, QueryBoolean } from '../../validation/decorators';
import { WebhookDeliveryStatus } from '../webhook-delivery.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);
const trimEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value;

// Events to send: names from GET /webhooks/events, "customer.*" for a prefix, or "*" for all.
const EventList = (required: boolean) =>
  applyDecorators(
    ...(required
      ? [ApiProperty({ type: [String], example: ['customer.created', 'order.confirmed'] })]
      : [IsOptional(), ApiPropertyOptional({ type: [String] })]),
    Transform(trimEach),
    IsArray({ message: 'events must be a list of event names' }),
    ArrayMinSize(1, { message: 'events must name at least one event' }),
    ArrayMaxSize(100),
    ArrayUnique({ message: 'events must not repeat a name' }),
    IsString({ each: true, message: 'each event must be text' }),
  );

export class WebhookFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'ERP order sync' })
  @Transform(trimToNull)
  @OptionalField({ nullable: true })
  @IsString({ message: 'description must be text' })
  @MaxLength(500)
  description?: string | null;

  /** false pauses deliveries; true re-enables a webhook that was disabled after failures. */
  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'active must be true or false' })
  active?: boolean;

  /** Key for the X-CRM-Signature HMAC, at least 16 characters. */
  @ApiPropertyOptional({ minLength: 16, maxLength: 200 })
  @IsOptional()
  @IsString({ message: 'secret must be text' })
  @MinLength(16, { message: 'secret must be at least 16 characters' })
  @MaxLength(200)
  secret?: string;
}

export class CreateWebhookDto extends WebhookFieldsDto {
  /** https, or http to localhost/private addresses outside production. */
  @ApiProperty({ example: 'https://erp.example.com/hooks/crm' })
  @Transform(trim)
  @IsString({ message: 'url must be text' })
  @MinLength(1, { message: 'url is required' })
  @MaxLength(2000)
  url!: string;

  @EventList(true)
  events!: string[];
}

export class UpdateWebhookDto extends WebhookFieldsDto {
  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: 'url must be text' })
  @MinLength(1, { message: 'url must not be empty' })
  @MaxLength(2000)
  url?: string;

  @EventList(false)
  events?: string[];

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}

// q matches the url and the description.
export class ListWebhooksQueryDto extends ListQueryDto {
  @QueryBoolean()
  active?: boolean;
}

const STATUSES = Object.values(WebhookDeliveryStatus);

export class ListWebhookDeliveriesQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: WebhookDeliveryStatus, enumName: 'WebhookDeliveryStatus' })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of: ${STATUSES.join(', ')}` })
  status?: WebhookDeliveryStatus;

  @ApiPropertyOptional({ example: 'customer.created' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  event?: string;
}
