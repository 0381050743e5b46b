import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { msg, translatedAs } from '@crm/server-core';
import { IsDateString, IsEnum, IsOptional, ValidateBy, ValidateIf, ValidationArguments } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

// One check, one message: "is required", "must be text", "must not be empty" or "is too long".
const IsText = (max: number) =>
  ValidateBy(
    {
      name: 'isText',
      validator: {
        validate: (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= max,
        defaultMessage: ({ property, value }: ValidationArguments) =>
          value === undefined || value === null
            ? `${property} is required`
            : typeof value !== 'string'
              ? `${property} must be text`
              : value.length === 0
                ? `${property} must not be empty`
                : `${property} must be at most ${max} characters`,
      },
    },
    {
      context: translatedAs((value) =>
        value === undefined || value === null
          ? msg('validation.required')
          : typeof value !== 'string'
            ? msg('validation.isString')
            : value.length === 0
              ? msg('validation.isNotEmpty')
              : msg('validation.maxLength', { max }),
      ),
    },
  );

// A required, trimmed, non-empty string.
export const RequiredText = (max: number, example?: string) =>
  applyDecorators(Transform(trim), IsText(max), ApiProperty({ maxLength: max, example }));

// The same on PATCH: absent leaves the value alone.
export const OptionalText = (max: number) =>
  applyDecorators(IsOptional(), Transform(trim), IsText(max), ApiPropertyOptional({ maxLength: max }));

// Optional text where null or "" clears the value.
export const NullableText = (max: number, example?: string) =>
  applyDecorators(
    Transform(trimToNull),
    ValidateIf((_o, v) => v !== undefined && v !== null),
    IsText(max),
    ApiPropertyOptional({ type: String, nullable: true, maxLength: max, example }),
  );

// Optional value where null clears it; the validators passed in check anything else.
export const Nullable = () => ValidateIf((_o, v) => v !== undefined && v !== null);

// A comma-separated query list ("a,b,c") as a string array.
export const CommaList = () =>
  Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : value,
  );

// An optional enum; with nullable, null clears it. The message lists the allowed values.
export const OptionalEnum = (e: Record<string, string>, enumName: string, options: { nullable?: boolean } = {}) =>
  applyDecorators(
    options.nullable ? Nullable() : IsOptional(),
    IsEnum(e, { message: `$property must be one of: ${Object.values(e).join(', ')}` }),
    ApiPropertyOptional({ enum: e, enumName, nullable: options.nullable || undefined }),
  );

// A data dictionary key of `type`; the service checks that it names an active entry.
export const DictionaryKey = (type: string) =>
  applyDecorators(
    Transform(trimToNull),
    Nullable(),
    IsText(64),
    ApiPropertyOptional({
      type: String,
      nullable: true,
      description: `Key of an active data dictionary entry of type ${type}`,
    }),
  );

// A date or date-time query filter.
export const DateFilter = () =>
  applyDecorators(
    IsOptional(),
    IsDateString({ strict: true }, { message: '$property must be an ISO-8601 date or date-time' }),
    ApiPropertyOptional({ type: String, format: 'date-time' }),
  );

// Date range filters: a bare date (2026-11-22) means that day in UTC, so "to" includes the whole day.
export const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
export const lowerBound = (column: string, param: string, value: string) =>
  DATE_ONLY.test(value)
    ? `${column} >= (CAST(:${param} AS date)::timestamp AT TIME ZONE 'UTC')`
    : `${column} >= CAST(:${param} AS timestamptz)`;
export const upperBound = (column: string, param: string, value: string) =>
  DATE_ONLY.test(value)
    ? `${column} < ((CAST(:${param} AS date) + 1)::timestamp AT TIME ZONE 'UTC')`
    : `${column} <= CAST(:${param} AS timestamptz)`;
