import { Client } from 'pg';
import { portAnswers } from '../runtime/embedded-postgres';

// Integration tests use TEST_DATABASE_URL, else the local PostgreSQL on 5432,
// else an embedded PostgreSQL under .data/test-postgres.
export const TEST_PG_PORT = 54330;

export async function resolveAdminUrl(): Promise<{ url: string; embedded: boolean }> {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, embedded: false };
  if (await portAnswers(5432)) return { url: 'postgres://postgres@127.0.0.1:5432/postgres', embedded: false };
  return { url: `postgres://postgres:postgres@127.0.0.1:${TEST_PG_PORT}/postgres`, embedded: true };
}

export function withDatabase(url: string, db: string) {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

export async function adminQuery(adminUrl: string, sql: string) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}
