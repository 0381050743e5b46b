import { DomainError } from '../errors/domain-error';

// Redis was unreachable when the process started: nothing can be queued until a restart.
export class JobsDisabledError extends DomainError {
  constructor() {
    super(503, 'jobs_disabled', 'Background jobs are off: Redis is not reachable', [], 'Service Unavailable');
  }
}

// Redis was there at start but did not answer now.
export class JobsUnavailableError extends DomainError {
  constructor() {
    super(
      503,
      'jobs_unavailable',
      'Background jobs are unavailable: Redis did not answer; try again shortly',
      [],
      'Service Unavailable',
    );
  }
}

export class JobRegistryError extends Error {}
