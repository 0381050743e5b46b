import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, Runtime } from '@crm/server-core';
import { CustomersWorkerModule, ImportJobsModule } from '@crm/server-customers';

// Composition only: core plus, as domains arrive, each domain lib's jobs module
// (the processors live in the libs; only the worker registers them).
@Module({})
export class WorkerModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: WorkerModule,
      imports: [CoreModule.forRoot({ runtime, role: 'worker' }), CustomersWorkerModule, ImportJobsModule],
    };
  }
}
