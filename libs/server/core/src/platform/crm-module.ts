import type { DynamicModule, Type } from '@nestjs/common';
import type { MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { JobSchedule } from '../jobs/jobs.service';

// What a domain lib brings to the product, exported once from its index.ts. The apps and the
// migration CLI fold the list of descriptors (apps/*/src/modules.ts); nothing else names a lib.
export interface CrmModule {
  // Lower-case, as in the lib's folder name (customers, sales, service…).
  readonly name: string;
  // The Nest module the API imports (controllers, services).
  readonly apiModule?: Type | DynamicModule;
  // The Nest module the worker imports (processors, job handlers); often the API module plus processors.
  readonly workerModule?: Type | DynamicModule;
  // Migrations in the order they run; libs run in the order of the descriptor list.
  readonly migrations?: ReadonlyArray<new () => MigrationInterface>;
  // Recurring jobs the worker keeps as BullMQ job schedulers.
  readonly schedules?: (config: AppConfig) => JobSchedule[];
  // Entity classes the lib maps (the schema-drift test checks each against the migrated schema).
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  readonly entities?: ReadonlyArray<Function>;
}

export const defineCrmModule = <M extends CrmModule>(module: M): M => Object.freeze(module);
