// Starts a throwaway stack for the browser specs: a fresh database, the API on
// E2E_API_PORT and the built admin (vite preview) on E2E_ADMIN_PORT.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const apiPort = process.env.E2E_API_PORT ?? '3300';
const adminPort = process.env.E2E_ADMIN_PORT ?? '5300';
const node = process.execPath;

function must(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
must(node, ['tools/build-server.mjs']);
must(node, ['node_modules/vite/bin/vite.js', 'build', '--config', 'apps/admin/vite.config.ts', '--logLevel', 'warn']);

const env = {
  ...process.env,
  NODE_ENV: 'development',
  PORT: apiPort,
  LOG_LEVEL: 'warn',
  DATA_DIR: join(root, 'tmp/e2e-data'),
};
let dropDb;
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
try {
  const db = `crm_e2e_${process.pid}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${db}`);
  await client.end();
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  env.DATABASE_URL = u.toString();
  dropDb = async () => {
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    await c.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
    await c.end();
  };
} catch {
  // No local PostgreSQL: the API starts the embedded one (fresh data dir per run).
  spawnSync('rm', ['-rf', env.DATA_DIR]);
  env.EMBEDDED_PG_PORT = '54331';
}
env.ADMIN_EMAIL = process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.test';
env.ADMIN_PASSWORD = process.env.E2E_ADMIN_PASSWORD ?? 'E2e-Admin-Password-1';
env.CORS_ORIGINS = `http://127.0.0.1:${adminPort}`;
env.RATE_LIMIT_PER_MINUTE = '100000';

const children = [
  spawn(node, ['dist/apps/api/src/main.js'], { cwd: root, env, stdio: 'inherit' }),
  spawn(
    node,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--config',
      'apps/admin/vite.config.ts',
      '--port',
      adminPort,
      '--strictPort',
    ],
    {
      cwd: root,
      env: { ...process.env, API_URL: `http://127.0.0.1:${apiPort}` },
      stdio: 'inherit',
    },
  ),
];
let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  for (const c of children) c.kill('SIGTERM');
  await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r() : c.once('exit', r)))));
  if (dropDb) await dropDb().catch(() => undefined);
  process.exit(0);
}
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
for (const c of children) c.on('exit', () => stop());
