import { DynamicModule, Module } from '@nestjs/common';
import { CoreModule, Runtime } from '@crm/server-core';
import { CustomersLibModule } from '@crm/server-customers';

@Module({})
export class AppModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return {
      module: AppModule,
      imports: [CoreModule.forRoot({ runtime, role: 'api' }), CustomersLibModule],
    };
  }
}
