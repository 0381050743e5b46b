import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { OpenAPIObject } from '@nestjs/swagger';
import { AppConfig, buildOpenApiDocument, configureHttpApp, Runtime } from '@crm/server-core';
import { AppModule } from './app.module';

// The API's OpenAPI document, built without connecting to anything: Nest's
// preview mode resolves the module graph but instantiates no provider.
export async function createOpenApiDocument(): Promise<OpenAPIObject> {
  const config = new AppConfig({ NODE_ENV: 'test', DATABASE_URL: 'postgres://openapi@127.0.0.1:1/none' });
  const runtime: Runtime = {
    config,
    databaseUrl: config.database.url!,
    redisAvailable: true,
    migrations: [],
    embedded: false,
    stop: async () => undefined,
  };
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(runtime), {
    preview: true,
    logger: false,
  });
  configureHttpApp(app, config, { docs: false });
  return buildOpenApiDocument(app);
}
