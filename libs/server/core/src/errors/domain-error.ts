export interface FieldError {
  field: string;
  message: string;
}

// A rule violation a service raises; the problem-details filter maps it to HTTP.
export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
    readonly title?: string,
  ) {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  constructor(entity: string, id?: string) {
    super(404, 'not_found', id ? `${entity} ${id} was not found` : `${entity} was not found`);
  }
}

export class ConflictError extends DomainError {
  constructor(code: string, message: string, errors: FieldError[] = []) {
    super(409, code, message, errors);
  }
}

export class RuleViolationError extends DomainError {
  constructor(code: string, message: string, errors: FieldError[] = []) {
    super(422, code, message, errors);
  }
}

export class InvalidInputError extends DomainError {
  constructor(message: string, errors: FieldError[] = []) {
    super(400, 'validation_failed', message, errors, 'Validation failed');
  }
}

export class ForbiddenError extends DomainError {
  constructor(message = 'You do not have permission to do this') {
    super(403, 'forbidden', message);
  }
}
