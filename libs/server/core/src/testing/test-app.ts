import { DynamicModule, INestApplication, INestApplicationContext, Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { configureHttpApp } from '../http/configure-http-app';
import { Runtime } from '../runtime/prepare-runtime';
import { adminQuery, withDatabase } from './test-database';

export interface TestContext {
  app: INestApplication;
  http: TestAgent;
  ds: DataSource;
  config: AppConfig;
  runtime: Runtime;
  close(): Promise<void>;
}

export interface TestAppOptions {
  // Builds the root module from the runtime; defaults to the API's AppModule.
  module?: (runtime: Runtime) => DynamicModule | Type;
  // Modules booted beside the root module, e.g. a fake lib that declares contributions.
  imports?: Array<DynamicModule | Type>;
  env?: Record<string, string>;
}

// Boots the real API on a fresh database cloned from the migrated template.
export async function createTestApp(options: TestAppOptions = {}): Promise<TestContext> {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL;
  const template = process.env.CRM_TEST_TEMPLATE;
  if (!adminUrl || !template)
    throw new Error('integration tests need the jest global setup (run them with npm run test:int)');
  const suffix = randomBytes(6).toString('hex');
  const db = `crm_test_${suffix}`;
  await adminQuery(adminUrl, `CREATE DATABASE ${db} TEMPLATE ${template}`);
  const databaseUrl = withDatabase(adminUrl, db);
  const config = new AppConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `crmtest:${suffix}`,
    DATA_DIR: `/tmp/crm-test-${suffix}`,
    ...options.env,
  });
  const runtime: Runtime = {
    config,
    databaseUrl,
    redisAvailable: true,
    migrations: [],
    embedded: false,
    stop: async () => undefined,
  };
  const build = options.module ?? defaultModule;
  if (!build) throw new Error('no test app module: tools/jest/setup-integration.ts sets it');
  const root = build(runtime);
  const composed: DynamicModule | Type = options.imports?.length
    ? { module: class TestAppRoot {}, imports: [root, ...options.imports] }
    : root;
  const app = await NestFactory.create<NestExpressApplication>(composed, { logger: ['error'] });
  configureHttpApp(app, config, { docs: true });
  await app.init();
  const ds = app.get(DataSource);
  return {
    app,
    http: request(app.getHttpServer()),
    ds,
    config,
    runtime,
    close: async () => {
      await app.close();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`).catch(() => undefined);
    },
  };
}

let defaultModule: ((runtime: Runtime) => DynamicModule | Type) | undefined;
let workerModule: ((runtime: Runtime) => DynamicModule | Type) | undefined;

// The worker as apps/worker composes it (every lib's job handlers), set by tools/jest/setup-integration.ts.
export function setTestWorkerModule(build: (runtime: Runtime) => DynamicModule | Type) {
  workerModule = build;
}

// A worker process on the same database and Redis prefix as a test app.
export async function createTestWorker(runtime: Runtime): Promise<INestApplicationContext> {
  if (!workerModule) throw new Error('no test worker module: tools/jest/setup-integration.ts sets it');
  return NestFactory.createApplicationContext(workerModule(runtime), { logger: ['error'] });
}
export function setTestAppModule(build: (runtime: Runtime) => DynamicModule | Type) {
  defaultModule = build;
}
