import 'reflect-metadata';
import { setTestAppModule, setTestWorkerModule } from '@crm/server-core/testing';
import { AppModule } from '../../apps/api/src/app.module';
import { WorkerModule } from '../../apps/worker/src/worker.module';

// Integration specs boot the API and the worker exactly as the apps compose them.
setTestAppModule((runtime) => AppModule.forRoot(runtime));
setTestWorkerModule((runtime) => WorkerModule.forRoot(runtime));
