import { isProblemDetails } from '@crm/api-client';
import { HttpError } from 'react-admin';

/**
 * Maps an RFC 9457 problem to react-admin's HttpError; `body.errors` keyed by field makes react-admin forms
 * show server validation next to the inputs, and `root.serverError` becomes the form's notification.
 */
export function toHttpError(problem: unknown, status: number): HttpError {
  if (!isProblemDetails(problem)) {
    return new HttpError(status >= 500 ? 'ra.notification.http_error' : `HTTP ${status}`, status, problem);
  }
  const detail = problem.detail || problem.title;
  const { errors: fieldErrors = [], ...rest } = problem;
  // react-admin treats any non-null body.errors (even []) as form validation errors, so drop an empty list.
  if (fieldErrors.length === 0) return new HttpError(detail, problem.status ?? status, rest);
  const errors: Record<string, string | { serverError: string }> = {};
  for (const { field, message } of fieldErrors) {
    // Several rules may fail on one field; show them all.
    const previous = errors[field];
    errors[field] = typeof previous === 'string' ? `${previous}; ${message}` : message;
  }
  errors.root = { serverError: detail };
  return new HttpError(detail, problem.status ?? status, { ...rest, errors });
}
