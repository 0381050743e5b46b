import { adminQuery } from '../../libs/server/core/src/testing/test-database';

export default async function globalTeardown() {
  const url = process.env.CRM_TEST_ADMIN_URL;
  const template = process.env.CRM_TEST_TEMPLATE;
  if (url && template) await adminQuery(url, `DROP DATABASE IF EXISTS ${template} WITH (FORCE)`).catch(() => undefined);
  const pg = (globalThis as { __crmTestPg?: { stop(): Promise<void> } }).__crmTestPg;
  if (pg) await pg.stop();
}
