import { SetMetadata } from '@nestjs/common';
import type { Job } from 'bullmq';
import { JobDefinition } from './job-definition';

export const ON_JOB = Symbol('on-job');

// Marks a provider method as the handler of one job (Immich's @OnJob). The worker
// calls it with the BullMQ job; the method should only call services.
export function OnJob<P>(job: JobDefinition<P>) {
  // Typed on `value` only, so the method must accept this job's payload.
  return (target: object, key: string | symbol, descriptor: { value?: (job: Job<P>) => Promise<unknown> }): void => {
    SetMetadata(ON_JOB, job)(target, key, descriptor);
  };
}
