// First: refuses an unsupported Node with one line before Nest loads.
import '@crm/server-core/node-guard';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppLogger, JobsService, JobWorkers, loadConfigOrExit, prepareRuntime, redactUrl } from '@crm/server-core';
import { crm } from '@crm/server-modules';
import { WorkerModule } from './worker.module';

async function bootstrap() {
  const config = loadConfigOrExit();
  const logger = new Logger('worker');
  const runtime = await prepareRuntime(config, crm.migrations, 'worker');
  if (!runtime.redisAvailable) {
    console.error(`Worker needs Redis at ${redactUrl(config.redis.url)} — start it or set REDIS_URL`);
    await runtime.stop();
    process.exit(1);
  }
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(runtime), {
    logger: new AppLogger(config.logLevel),
  });
  const workers = app.get(JobWorkers);
  // Core's and every lib's schedules; schedules no longer declared are removed from Redis.
  const schedules = crm.schedules(config);
  await app.get(JobsService).syncSchedulers(schedules);
  logger.log(`Worker ready: queues ${workers.queues.join(', ')}; ${schedules.length} schedule(s)`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing in-flight jobs, then stopping`);
    // Workers first (close() waits for running jobs), then the app (database pool,
    // queues, Redis), then what prepareRuntime started.
    await workers.close();
    await app.close();
    await runtime.stop();
    logger.log('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

bootstrap().catch((e) => {
  console.error(`Worker failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
