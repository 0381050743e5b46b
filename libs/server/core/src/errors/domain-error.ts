import {
  english,
  keyForEnglish,
  Localisable,
  Message,
  MessageKey,
  MessageParams,
  msg,
  toLocalisable,
} from '../i18n/translate';

// `message` is the English text; `key` and `params`, when set, say it in the caller's language.
export interface FieldError extends Localisable {
  field: string;
}

// A field error worded by the catalog; the field's name is the `{field}` parameter.
export function fieldError(field: string, key: MessageKey, params: MessageParams = {}): FieldError {
  const all = { field, ...params };
  return { field, message: english(msg(key, all)), key, params: all };
}

// A rule violation a service raises; the problem-details filter maps it to HTTP. The detail is
// English text (kept English in every locale), a catalog Message, or both (Localisable).
export class DomainError extends Error {
  readonly key?: MessageKey;
  readonly params?: MessageParams;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string | Message | Localisable,
    readonly errors: FieldError[] = [],
    readonly title?: string,
  ) {
    const text = toLocalisable(message);
    super(text.message);
    this.key = text.key;
    this.params = text.params;
  }
}

// Subclasses taking a `code` accept English text (left untranslated), a Message, or only the
// message's parameters and/or field errors: then the code is the message key.
type Detail = string | Message;
function detailFor(
  code: string,
  detail: Detail | MessageParams | FieldError[] | undefined,
  errors: FieldError[],
): [Detail, FieldError[]] {
  if (Array.isArray(detail)) return [msg(code as MessageKey), detail];
  if (typeof detail === 'string' || detail instanceof Message) return [detail, errors];
  return [msg(code as MessageKey, detail), errors];
}

// A record name as passed (e.g. 'Customer') is translated when the catalog has it as `entity.*`.
const entityName = (entity: string | Message) => {
  if (entity instanceof Message) return entity;
  const key = keyForEnglish('entity.', entity);
  return key ? msg(key) : entity;
};

export class NotFoundError extends DomainError {
  constructor(entity: string | Message, id?: string) {
    const name = entityName(entity);
    super(404, 'not_found', id ? msg('not_found', { entity: name, id }) : msg('not_found.no_id', { entity: name }));
  }
}

export class ConflictError extends DomainError {
  constructor(code: MessageKey, errors?: FieldError[]);
  constructor(code: MessageKey, params: MessageParams, errors?: FieldError[]);
  constructor(code: string, message: Detail, errors?: FieldError[]);
  constructor(code: string, detail?: Detail | MessageParams | FieldError[], errors: FieldError[] = []) {
    super(409, code, ...detailFor(code, detail, errors));
  }
}

export class RuleViolationError extends DomainError {
  constructor(code: MessageKey, errors?: FieldError[]);
  constructor(code: MessageKey, params: MessageParams, errors?: FieldError[]);
  constructor(code: string, message: Detail, errors?: FieldError[]);
  constructor(code: string, detail?: Detail | MessageParams | FieldError[], errors: FieldError[] = []) {
    super(422, code, ...detailFor(code, detail, errors));
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string | Message | Localisable, errors: FieldError[] = []) {
    super(400, 'validation_failed', message, errors, 'Validation failed');
  }
}

// 400 for field errors: the detail is the only error, or how many there are.
export const invalidFields = (errors: FieldError[]) =>
  new InvalidInputError(
    errors.length === 1 ? errors[0] : msg('validation_failed.fields', { count: errors.length }),
    errors,
  );

export class ForbiddenError extends DomainError {
  constructor(message: string | Message = msg('forbidden')) {
    super(403, 'forbidden', message);
  }
}
