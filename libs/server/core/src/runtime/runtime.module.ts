import { DynamicModule, Global, Module } from '@nestjs/common';
import { Runtime, RUNTIME } from './prepare-runtime';

@Global()
@Module({})
export class RuntimeModule {
  static forRoot(runtime: Runtime): DynamicModule {
    return { module: RuntimeModule, providers: [{ provide: RUNTIME, useValue: runtime }], exports: [RUNTIME] };
  }
}
