import type { DynamicModule, INestApplicationContext, Type } from '@nestjs/common';
import type { Role } from '../auth/roles';
import type { MigrationInterface } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import type { JobSchedule } from '../jobs/jobs.service';
import type { QueueDefinition } from '../jobs/queue-name';

export type MigrationClass = new () => MigrationInterface;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityClass = Function;

// What a lib's demo-data step gets from `npm run seed`: the booted app (services via app.get) and
// the demo staff core created.
export interface DemoContext {
  readonly app: INestApplicationContext;
  readonly users: ReadonlyArray<{ id: string; email: string; roles: Role[] }>;
  log(line: string): void;
}

// What a domain lib brings to the product, exported once from its index.ts as
// `export const <name>Module = defineCrmModule({...})`. The one list of descriptors lives in
// libs/server/modules (ADR 22); the apps, the CLIs and the test setup fold it with
// composeCrmModules(), so nothing else names a lib. Add an optional field here when every lib
// may contribute something the apps must fold (and say so in docs/adding-a-module.md).
export interface CrmModule {
  // Lower-case, as in the lib's folder name (customers, sales, call-center…).
  readonly name: string;
  // The Nest module the API imports (controllers, services).
  readonly apiModule?: Type | DynamicModule;
  // The Nest module the worker imports (processors, job handlers); usually imports the API module.
  readonly workerModule?: Type | DynamicModule;
  // Migrations in the order they run; libs run after core's, in the order of the descriptor list.
  readonly migrations?: ReadonlyArray<MigrationClass>;
  // Recurring jobs the worker keeps as BullMQ job schedulers.
  readonly schedules?: (config: AppConfig) => JobSchedule[];
  // Every entity class the lib maps (the schema-drift test checks each against the migrated schema).
  readonly entities?: ReadonlyArray<EntityClass>;
  // The queues the lib's jobs run on (defineQueue, with concurrency); JobsModule registers the union.
  readonly queues?: ReadonlyArray<QueueDefinition>;
  // Demo data for `npm run seed`, run in list order after core's users; must add nothing twice.
  readonly demo?: (ctx: DemoContext) => Promise<void>;
}

const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export const defineCrmModule = <M extends CrmModule>(module: M): M => {
  if (!NAME.test(module.name)) throw new Error(`invalid module name "${module.name}" (kebab-case, like the folder)`);
  return Object.freeze(module);
};
