// First: refuses an unsupported Node with one line before Nest loads.
import '@crm/server-core/node-guard';
import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { AppLogger, configureHttpApp, loadConfigOrExit, prepareRuntime } from '@crm/server-core';
import { AppModule } from './app.module';
import { crm } from '@crm/server-modules';

async function bootstrap() {
  const config = loadConfigOrExit();
  const logger = new Logger('api');
  const runtime = await prepareRuntime(config, crm.migrations, 'api');
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime), {
    logger: new AppLogger(config.logLevel),
  });
  configureHttpApp(app, config);
  // Give in-flight requests time to finish on SIGTERM before the pool closes.
  const server = await app.listen(config.port, config.host);
  server.keepAliveTimeout = 65_000;
  const base = `http://localhost:${config.port}`;
  logger.log(`API ready: ${base}/api/v1  docs: ${base}/api/docs  health: ${base}/api/health`);
  const stop = async () => {
    await app.close();
    await runtime.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

bootstrap().catch((e) => {
  console.error(`API failed to start: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
