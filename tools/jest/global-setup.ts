import 'reflect-metadata';
import './register-aliases';
import { join } from 'node:path';
import { ensureEmbeddedPostgres, runMigrations } from '../../libs/server/core/src';
import {
  adminQuery,
  resolveAdminUrl,
  TEST_PG_PORT,
  withDatabase,
} from '../../libs/server/core/src/testing/test-database';
import { crm } from '@crm/server-modules';

// Migrates a template database once; each test file clones it (CREATE DATABASE … TEMPLATE).
export default async function globalSetup() {
  const { url, embedded } = await resolveAdminUrl();
  if (embedded) {
    const pg = await ensureEmbeddedPostgres(join(__dirname, '../../.data/test'), TEST_PG_PORT, () => undefined);
    (globalThis as { __crmTestPg?: typeof pg }).__crmTestPg = pg;
  }
  const template = `crm_test_template_${process.pid}`;
  await adminQuery(url, `DROP DATABASE IF EXISTS ${template}`);
  await adminQuery(url, `CREATE DATABASE ${template}`);
  await runMigrations(withDatabase(url, template), crm.migrations, () => undefined);
  process.env.CRM_TEST_ADMIN_URL = url;
  process.env.CRM_TEST_TEMPLATE = template;
}
