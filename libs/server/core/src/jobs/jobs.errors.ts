import { DomainError } from '../errors/domain-error';
import { msg } from '../i18n/translate';

// Redis was unreachable when the process started: nothing can be queued until a restart.
export class JobsDisabledError extends DomainError {
  constructor() {
    super(503, 'jobs_disabled', msg('jobs_disabled'), [], 'Service Unavailable');
  }
}

// Redis was there at start but did not answer now.
export class JobsUnavailableError extends DomainError {
  constructor() {
    super(503, 'jobs_unavailable', msg('jobs_unavailable'), [], 'Service Unavailable');
  }
}

export class JobRegistryError extends Error {}
