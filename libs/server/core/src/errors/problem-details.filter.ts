import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { EntityNotFoundError, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import {
  CONTENT_LANGUAGE,
  isMessageKey,
  keyForEnglish,
  Locale,
  Localisable,
  localise,
  Message,
  msg,
  resolveLocale,
  toLocalisable,
  translate,
} from '../i18n/translate';
import { DomainError, FieldError, fieldError } from './domain-error';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: Array<{ field: string; message: string }>;
  code: string;
  instance?: string;
  traceId?: string;
}

const CODES: Record<number, string> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'rule_violation',
  423: 'locked',
  429: 'too_many_requests',
  500: 'internal_error',
};

// The title in the locale: the status's own, or a custom English title the catalog knows.
function titleFor(locale: Locale, status: number, title: string | undefined): string {
  if (title) {
    const key = keyForEnglish('title.', title);
    return key ? translate(locale, key) : title;
  }
  const key = `title.${status}`;
  return translate(locale, isMessageKey(key) ? key : 'title.error');
}

// Problem details in `locale`; English (the default) is exactly the text the error carries.
export function problem(
  status: number,
  code: string,
  detail: string | Message | Localisable,
  errors: FieldError[] = [],
  title?: string,
  locale: Locale = 'en',
): ProblemDetails {
  return {
    type: `https://crm.dev/problems/${code.replace(/_/g, '-')}`,
    title: titleFor(locale, status, title),
    status,
    detail: localise(locale, toLocalisable(detail)),
    errors: errors.map((e) => ({ field: e.field, message: localise(locale, e) })),
    code,
  };
}

// Postgres error codes we turn into client errors instead of 500s.
function fromQueryError(e: QueryFailedError, locale: Locale): ProblemDetails | undefined {
  const driver = e.driverError as { code?: string; detail?: string; column?: string; constraint?: string };
  switch (driver.code) {
    case '23505': {
      const field = /\(([^)]+)\)=/.exec(driver.detail ?? '')?.[1];
      return problem(
        409,
        'duplicate',
        msg('duplicate'),
        field ? [fieldError(camel(field), 'field.unique')] : [],
        undefined,
        locale,
      );
    }
    case '23503':
      return problem(409, 'in_use_or_missing_reference', msg('in_use_or_missing_reference'), [], undefined, locale);
    case '23502':
      return problem(
        400,
        'validation_failed',
        msg('validation_failed.missing_value'),
        driver.column ? [fieldError(camel(driver.column), 'field.required_value')] : [],
        undefined,
        locale,
      );
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return problem(400, 'validation_failed', msg('validation_failed.bad_format'), [], undefined, locale);
    case '23514':
      return problem(
        422,
        'constraint_violation',
        msg('constraint_violation', { constraint: driver.constraint ?? 'check' }),
        [],
        undefined,
        locale,
      );
    default:
      return undefined;
  }
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

// Framework messages we know how to say in another locale; any other stays as the framework wrote it.
function frameworkDetail(status: number, detail: string): Localisable {
  const route = /^Cannot (\w+) (\S+)$/.exec(detail);
  if (status === 404 && route)
    return { message: detail, key: 'not_found.route', params: { method: route[1], path: route[2] } };
  if (status === 400 && /^Validation failed \(uuid( v ?\d)? is expected\)$/.test(detail))
    return { message: detail, key: 'bad_request.uuid_expected' };
  if (status === 413) return { message: detail, key: 'payload_too_large' };
  return { message: detail };
}

export function toProblem(exception: unknown, locale: Locale = 'en'): ProblemDetails | undefined {
  if (exception instanceof DomainError) {
    return problem(exception.status, exception.code, exception, exception.errors, exception.title, locale);
  }
  if (exception instanceof ThrottlerException) {
    return problem(429, 'too_many_requests', msg('too_many_requests'), [], undefined, locale);
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    if (typeof body === 'object' && body && 'type' in body && 'status' in body) return body as ProblemDetails;
    const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    const detail = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
    return problem(status, CODES[status] ?? 'error', frameworkDetail(status, detail), [], undefined, locale);
  }
  if (exception instanceof OptimisticLockVersionMismatchError) {
    return problem(
      409,
      'stale_version',
      msg('stale_version'),
      [fieldError('version', 'field.stale')],
      undefined,
      locale,
    );
  }
  if (exception instanceof EntityNotFoundError)
    return problem(404, 'not_found', msg('not_found.record'), [], undefined, locale);
  if (exception instanceof QueryFailedError) return fromQueryError(exception, locale);
  // body-parser errors (bad JSON, too large) carry an HTTP status.
  const e = exception as { status?: number; type?: string; message?: string };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const detail: Localisable =
      e.type === 'entity.parse.failed'
        ? toLocalisable(msg('bad_request.invalid_json'))
        : frameworkDetail(e.status, e.message ?? 'Bad request');
    return problem(e.status, CODES[e.status] ?? 'bad_request', detail, [], undefined, locale);
  }
  return undefined;
}

// Sends a problem in the request's language (Accept-Language), saying which one it is.
export function sendProblem(req: Request, res: Response, body: ProblemDetails, locale: Locale) {
  res
    .status(body.status)
    .type('application/problem+json')
    .setHeader('Content-Language', CONTENT_LANGUAGE[locale])
    .vary('Accept-Language')
    .json({ ...body, instance: req.originalUrl });
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    const locale = resolveLocale(req.headers['accept-language']);
    let body = toProblem(exception, locale);
    if (!body) {
      const traceId = randomUUID();
      this.logger.error(
        `${req.method} ${req.originalUrl} failed [${traceId}]`,
        (exception as Error)?.stack ?? String(exception),
      );
      body = {
        ...problem(HttpStatus.INTERNAL_SERVER_ERROR, 'internal_error', msg('internal_error'), [], undefined, locale),
        traceId,
      };
    }
    if (res.headersSent) return;
    sendProblem(req, res, body, locale);
  }
}
