import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { ThrottlerException } from '@nestjs/throttler';
import { randomUUID } from 'node:crypto';
import type { Request, Response } from 'express';
import { EntityNotFoundError, OptimisticLockVersionMismatchError, QueryFailedError } from 'typeorm';
import { DomainError, FieldError } from './domain-error';

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors: FieldError[];
  code: string;
  instance?: string;
  traceId?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

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

export function problem(
  status: number,
  code: string,
  detail: string,
  errors: FieldError[] = [],
  title?: string,
): ProblemDetails {
  return {
    type: `https://crm.dev/problems/${code.replace(/_/g, '-')}`,
    title: title ?? TITLES[status] ?? 'Error',
    status,
    detail,
    errors,
    code,
  };
}

// Postgres error codes we turn into client errors instead of 500s.
function fromQueryError(e: QueryFailedError): ProblemDetails | undefined {
  const driver = e.driverError as { code?: string; detail?: string; column?: string; constraint?: string };
  switch (driver.code) {
    case '23505': {
      const field = /\(([^)]+)\)=/.exec(driver.detail ?? '')?.[1];
      return problem(
        409,
        'duplicate',
        'A record with the same value already exists',
        field ? [{ field: camel(field), message: 'must be unique' }] : [],
      );
    }
    case '23503':
      return problem(
        409,
        'in_use_or_missing_reference',
        'The record is referenced by other records, or refers to a record that does not exist',
      );
    case '23502':
      return problem(
        400,
        'validation_failed',
        'A required value is missing',
        driver.column ? [{ field: camel(driver.column), message: 'is required' }] : [],
      );
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
      return problem(400, 'validation_failed', 'A value has the wrong format or is out of range');
    case '23514':
      return problem(422, 'constraint_violation', `The values break a rule (${driver.constraint ?? 'check'})`);
    default:
      return undefined;
  }
}

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

export function toProblem(exception: unknown): ProblemDetails | undefined {
  if (exception instanceof DomainError) {
    return problem(exception.status, exception.code, exception.message, exception.errors, exception.title);
  }
  if (exception instanceof ThrottlerException) {
    return problem(429, 'too_many_requests', 'Too many requests, slow down and retry shortly');
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    if (typeof body === 'object' && body && 'type' in body && 'status' in body) return body as ProblemDetails;
    const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
    const detail = Array.isArray(raw) ? raw.join('; ') : typeof raw === 'string' ? raw : exception.message;
    return problem(status, CODES[status] ?? 'error', detail);
  }
  if (exception instanceof OptimisticLockVersionMismatchError) {
    return problem(409, 'stale_version', 'The record was changed by someone else; reload it and try again', [
      { field: 'version', message: 'is stale' },
    ]);
  }
  if (exception instanceof EntityNotFoundError) return problem(404, 'not_found', 'The record was not found');
  if (exception instanceof QueryFailedError) return fromQueryError(exception);
  // body-parser errors (bad JSON, too large) carry an HTTP status.
  const e = exception as { status?: number; type?: string; message?: string };
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    const detail =
      e.type === 'entity.parse.failed' ? 'The request body is not valid JSON' : (e.message ?? 'Bad request');
    return problem(e.status, CODES[e.status] ?? 'bad_request', detail);
  }
  return undefined;
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost) {
    const ctx = host.switchToHttp();
    const res = ctx.getResponse<Response>();
    const req = ctx.getRequest<Request>();
    let body = toProblem(exception);
    if (!body) {
      const traceId = randomUUID();
      this.logger.error(
        `${req.method} ${req.originalUrl} failed [${traceId}]`,
        (exception as Error)?.stack ?? String(exception),
      );
      body = {
        ...problem(
          HttpStatus.INTERNAL_SERVER_ERROR,
          'internal_error',
          'An unexpected error occurred; it has been logged',
        ),
        traceId,
      };
    }
    if (res.headersSent) return;
    res
      .status(body.status)
      .type('application/problem+json')
      .json({ ...body, instance: req.originalUrl });
  }
}
