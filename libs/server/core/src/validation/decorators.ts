import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDateString,
  IsOptional,
  IsUUID,
  Matches,
  ValidateIf,
} from 'class-validator';
import { Message, MessageKey, MessageParams, msg } from '../i18n/translate';

// A validator's `context`: its error is translated with this message (params also get `property`)
// rather than the constraint's generic wording; a function picks the message by the value sent.
// The English stays the validator's own `message`.
export interface TranslationContext {
  translate: (value: unknown) => Message;
}

export function translatedAs(key: MessageKey | ((value: unknown) => Message), params?: MessageParams) {
  const context: TranslationContext = { translate: typeof key === 'function' ? key : () => msg(key, params) };
  return context;
}

// Composite decorators: validator, transform and OpenAPI docs in one place so they cannot drift.
export const IsId = (description?: string) =>
  applyDecorators(IsUUID('all', { message: '$property must be a UUID' }), ApiProperty({ format: 'uuid', description }));

export const IsMoney = (description?: string) =>
  applyDecorators(
    Transform(({ value }) => (typeof value === 'number' ? String(value) : value)),
    Matches(/^-?\d{1,12}(\.\d{1,2})?$/, {
      message: '$property must be a decimal amount with at most 2 decimals, e.g. "1250.00"',
      context: translatedAs('validation.money'),
    }),
    ApiProperty({ type: String, example: '1250.00', description }),
  );

export const IsIsoDateTime = (description?: string) =>
  applyDecorators(
    IsDateString({ strict: true }, { message: '$property must be an ISO-8601 date' }),
    ApiProperty({ type: String, format: 'date-time', description }),
  );

// Optional field; with nullable, an explicit null clears the value.
export const OptionalField = (options: { nullable?: boolean } = {}) =>
  options.nullable
    ? applyDecorators(
        ValidateIf((_o, v) => v !== undefined && v !== null),
        ApiPropertyOptional({ nullable: true }),
      )
    : applyDecorators(IsOptional());

// Query strings arrive as text: "true"/"1" → true, "false"/"0" → false.
export const QueryBoolean = () =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }) =>
      value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value,
    ),
    IsBoolean({ message: '$property must be true or false' }),
    ApiPropertyOptional({ type: Boolean }),
  );

// An optional query filter on one or more ids: `?x=a,b` or `?x=a&x=b`, at most 200.
export const MAX_QUERY_IDS = 200;
export const QueryIdList = (description: string) =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }) =>
      (Array.isArray(value) ? value : [value]).flatMap((v) =>
        typeof v === 'string'
          ? v
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [v],
      ),
    ),
    IsArray(),
    ArrayMaxSize(MAX_QUERY_IDS),
    IsUUID('all', { each: true }),
    ApiPropertyOptional({ type: [String], format: 'uuid', maxItems: MAX_QUERY_IDS, description }),
  );
