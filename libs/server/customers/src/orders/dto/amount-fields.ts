import { translatedAs } from '@crm/server-core';
import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, Matches, ValidateIf } from 'class-validator';

const numberToText = ({ value }: { value: unknown }) => (typeof value === 'number' ? String(value) : value);

// A non-negative money amount as a decimal string ("1250.00"; a JSON number is accepted too).
// positive: must be more than 0. optional: may be left out; nullable: null clears it.
export const AmountField = (
  options: { description?: string; positive?: boolean; optional?: boolean; nullable?: boolean; example?: string } = {},
) => {
  const doc = { type: String, example: options.example ?? '1250.00', description: options.description };
  return applyDecorators(
    ...(options.nullable
      ? [ValidateIf((_o, v) => v !== undefined && v !== null)]
      : options.optional
        ? [IsOptional()]
        : []),
    Transform(numberToText),
    Matches(/^\d{1,12}(\.\d{1,2})?$/, {
      message: '$property must be a non-negative decimal amount with at most 2 decimals, e.g. "1250.00"',
      context: translatedAs('validation.amount'),
    }),
    ...(options.positive
      ? [
          Matches(/[1-9]/, {
            message: '$property must be more than 0',
            context: translatedAs('validation.positive_amount'),
          }),
        ]
      : []),
    options.optional || options.nullable
      ? ApiPropertyOptional({ ...doc, nullable: options.nullable || undefined })
      : ApiProperty(doc),
  );
};
