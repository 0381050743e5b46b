import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, Runtime } from '@crm/server-core';
import { crm } from '@crm/server-modules';

// Composition only: core plus every domain lib's worker module (the processors live in the libs;
// only the worker registers them), from the one list in libs/server/modules.
@Module({})
export class WorkerModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot({ runtime, role: 'worker', queues: crm.queues }), ...crm.workerModules],
    };
  }
}
