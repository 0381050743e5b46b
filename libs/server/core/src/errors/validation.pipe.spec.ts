import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsInt,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsMoney, translatedAs } from '../validation/decorators';
import { DomainError } from './domain-error';
import { toProblem } from './problem-details.filter';
import { createValidationPipe } from './validation.pipe';

enum Colour {
  Red = 'red',
  Blue = 'blue',
}

class LineDto {
  @IsInt({ message: 'quantity must be a whole number' })
  @Min(1, { message: 'quantity must be more than 0' })
  quantity!: number;
}

class ThingDto {
  @IsString()
  @MaxLength(5, { message: 'name must be at most 5 characters' })
  name!: string;

  @IsEnum(Colour, { each: true })
  colours!: string[];

  @Matches(/^[A-Z]{3}$/, { message: 'currency is odd', context: translatedAs('validation.currency') })
  currency!: string;

  @IsMoney()
  price!: string;

  @IsArray()
  @ArrayMinSize(1)
  @ValidateNested({ each: true })
  @Type(() => LineDto)
  lines!: LineDto[];
}

// Runs the global pipe on a body and renders its error in both languages.
async function reject(body: object) {
  const error = await createValidationPipe()
    .transform(body, { type: 'body', metatype: ThingDto })
    .then(() => undefined)
    .catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DomainError);
  return { en: toProblem(error)!, zh: toProblem(error, 'zh')! };
}

const valid = { name: 'Ok', colours: ['red'], currency: 'CNY', price: '12.50', lines: [{ quantity: 1 }] };

describe('the validation pipe', () => {
  it('keeps the English of the DTO and class-validator exactly', async () => {
    const { en } = await reject({ ...valid, name: 'Too long', colours: ['green'], extra: 1 });
    expect(en).toMatchObject({ status: 400, code: 'validation_failed', title: 'Validation failed' });
    expect(en.detail).toBe('3 fields are invalid');
    expect(en.errors).toEqual([
      { field: 'extra', message: 'extra is not an allowed field' },
      { field: 'name', message: 'name must be at most 5 characters' },
      { field: 'colours', message: 'each value in colours must be one of the following values: red, blue' },
    ]);
  });

  it('translates by constraint with the property name and the constraint arguments', async () => {
    const { zh } = await reject({ ...valid, name: 'Too long', colours: ['green'], extra: 1 });
    expect(zh).toMatchObject({ title: '验证失败', detail: '有 3 个字段无效' });
    expect(zh.errors).toEqual([
      { field: 'extra', message: 'extra 不是允许的字段' },
      { field: 'name', message: 'name 最多 5 个字符' },
      { field: 'colours', message: 'colours 中的每个值 必须是以下值之一：red, blue' },
    ]);
  });

  it('uses the wording a decorator names, and reaches nested fields', async () => {
    const { en, zh } = await reject({ ...valid, currency: 'yen', price: '1.234', lines: [{ quantity: 0 }] });
    expect(en.errors).toEqual([
      { field: 'currency', message: 'currency is odd' },
      { field: 'price', message: 'price must be a decimal amount with at most 2 decimals, e.g. "1250.00"' },
      { field: 'lines[0].quantity', message: 'quantity must be more than 0' },
    ]);
    expect(zh.errors).toEqual([
      { field: 'currency', message: 'currency 必须是三位字母的币种代码，如 CNY' },
      { field: 'price', message: 'price 必须是最多两位小数的金额，如 "1250.00"' },
      { field: 'lines[0].quantity', message: 'quantity 不能小于 1' },
    ]);
  });

  it('makes a single error the detail', async () => {
    const { en, zh } = await reject({ ...valid, lines: [] });
    expect(en.detail).toBe('lines must contain at least 1 elements');
    expect(zh.detail).toBe('lines 至少需要 1 项');
  });

  it('lets a valid body through', async () => {
    await expect(createValidationPipe().transform(valid, { type: 'body', metatype: ThingDto })).resolves.toBeInstanceOf(
      ThingDto,
    );
  });
});
