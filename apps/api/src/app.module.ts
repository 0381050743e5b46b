import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, Runtime } from '@crm/server-core';
import { crm } from '@crm/server-modules';

// Composition only: core plus every domain lib's API module (libs/server/modules).
@Module({})
export class AppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ runtime, role: 'api', queues: crm.queues }), ...crm.apiModules],
    };
  }
}
