import { ValidationError, ValidationPipe } from '@nestjs/common';
import { getMetadataStorage } from 'class-validator';
import { isMessageKey, Message, MessageKey, MessageParams, msg } from '../i18n/translate';
import type { TranslationContext } from '../validation/decorators';
import { FieldError, invalidFields } from './domain-error';

// The constraint's arguments as message parameters; without them (no target to look them up) the
// generic `validation.invalid` wording is used.
const ARGUMENTS: Partial<Record<string, (args: unknown[]) => MessageParams>> = {
  minLength: ([min]) => ({ min: Number(min) }),
  maxLength: ([max]) => ({ max: Number(max) }),
  min: ([min]) => ({ min: Number(min) }),
  max: ([max]) => ({ max: Number(max) }),
  arrayMinSize: ([min]) => ({ min: Number(min) }),
  arrayMaxSize: ([max]) => ({ max: Number(max) }),
  isIn: ([values]) => ({ values: (values as unknown[]).join(', ') }),
  isEnum: ([entity, values]) => ({
    values: (Array.isArray(values) ? values : Object.values(entity as object)).join(', '),
  }),
  matches: ([pattern]) => ({ pattern: String(pattern) }),
};

// The decorator behind a failed constraint, found through the error's target (the DTO instance).
function metadataOf(e: ValidationError, constraint: string) {
  const target = e.target?.constructor;
  if (!target) return undefined;
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .find((m) => m.propertyName === e.property && m.name === constraint);
}

// How to say a failed constraint in another locale: the DTO's context key (translatedAs), else the
// constraint's own.
function keyOf(e: ValidationError, constraint: string, field: string): { key: MessageKey; params: MessageParams } {
  const context = e.contexts?.[constraint] as Partial<TranslationContext> | undefined;
  const metadata = metadataOf(e, constraint);
  const property: string | Message = metadata?.each ? msg('validation.each', { property: e.property }) : e.property;
  const base = { property, field };
  if (typeof context?.translate === 'function') {
    const value = (e.target as Record<string, unknown> | undefined)?.[e.property];
    const chosen = context.translate(value);
    return { key: chosen.key, params: { ...base, ...chosen.params } };
  }
  const key = `validation.${constraint}`;
  if (!isMessageKey(key)) return { key: 'validation.invalid', params: base };
  const toParams = ARGUMENTS[constraint];
  if (!toParams) return { key, params: base };
  if (!metadata?.constraints) return { key: 'validation.invalid', params: base };
  return { key, params: { ...base, ...toParams(metadata.constraints) } };
}

// Class-validator errors as field errors: the English is the validator's message (as the DTO words
// it); the key and parameters translate it.
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const e of errors) {
    const field = parent
      ? /^\d+$/.test(e.property)
        ? `${parent}[${e.property}]`
        : `${parent}.${e.property}`
      : e.property;
    for (const [rule, message] of Object.entries(e.constraints ?? {})) {
      const english = rule === 'whitelistValidation' ? `${field} is not an allowed field` : message;
      out.push({ field, message: english, ...keyOf(e, rule, field) });
    }
    if (e.children?.length) out.push(...flattenValidationErrors(e.children, field));
  }
  return out;
}

// Unknown fields are rejected; values are transformed to their DTO types. The target is kept on the
// errors only to look up the constraints' arguments; it never reaches the response.
export function createValidationPipe() {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => invalidFields(flattenValidationErrors(errors)),
  });
}
