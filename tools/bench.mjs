// npm run bench: starts the API on a throwaway database, drives the hot paths
// with a bounded number of concurrent requests over loopback, and writes the
// latency/throughput figures to docs/benchmarks.md.
import './node-guard.mjs';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.BENCH_PORT ?? 3400);
const base = `http://127.0.0.1:${port}`;
const adminUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const db = `crm_bench_${process.pid}`;
const admin = { email: 'bench-admin@example.com', password: 'Bench-Password-123' };

async function sql(q, connectionString = adminUrl) {
  const c = new pg.Client({ connectionString });
  await c.connect();
  try {
    await c.query(q);
  } finally {
    await c.end();
  }
}

spawnSync(process.execPath, ['tools/build-server.mjs'], { cwd: root, stdio: 'inherit' });
await sql(`CREATE DATABASE ${db}`);
const u = new URL(adminUrl);
u.pathname = `/${db}`;
const CUSTOMERS = 20_000;
const api = spawn(process.execPath, ['dist/apps/api/src/main.js'], {
  cwd: root,
  stdio: 'ignore',
  env: {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATABASE_URL: u.toString(),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    RATE_LIMIT_PER_MINUTE: '1000000',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    REDIS_PREFIX: `crmbench${process.pid}`,
    LOG_LEVEL: 'error',
  },
});

async function waitUp() {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('API did not start');
}

// Runs `total` requests with `concurrency` in flight; returns latency percentiles.
async function load(name, total, concurrency, makeRequest) {
  const times = [];
  let next = 0;
  let errors = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        next++;
        const t = performance.now();
        const res = await makeRequest();
        if (!res.ok) errors++;
        await res.arrayBuffer();
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const pct = (p) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))].toFixed(1);
  return {
    name,
    total,
    concurrency,
    rps: (total / seconds).toFixed(0),
    p50: pct(50),
    p95: pct(95),
    p99: pct(99),
    errors,
  };
}

const rows = [];
try {
  await waitUp();
  const login = () =>
    fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
  const { accessToken } = await (await login()).json();
  const auth = { authorization: `Bearer ${accessToken}` };
  for (let i = 0; i < 200; i++) {
    await fetch(`${base}/api/v1/users`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `user${i}@bench.test`,
        name: `Bench User ${i}`,
        password: 'Bench-Password-123',
        roles: ['account_manager'],
      }),
    });
  }
  // Customers straight into the table (the API would take minutes), owned round-robin by the
  // account managers so list visibility has real work to do.
  await sql(
    `INSERT INTO customers (code, name, kind, status, region, phone, email, owner_id, created_at)
     SELECT 'B-' || lpad(g::text, 6, '0'),
            (ARRAY['Northwind','Contoso','Fabrikam','Litware','Tailspin','华信','远航','金源'])[1 + g % 8]
              || ' ' || (ARRAY['Trading','Logistics','Foods','Systems','贸易','物流'])[1 + g % 6] || ' ' || g,
            (ARRAY['enterprise','consumer','channel'])[1 + g % 3],
            (ARRAY['prospect','active','active','inactive'])[1 + g % 4],
            (ARRAY['east_china','south_china','north_china','overseas'])[1 + g % 4],
            '+86 21 ' || lpad((g * 7919 % 100000000)::text, 8, '0'),
            'contact' || g || '@bench-customer.test',
            (SELECT id FROM users WHERE email = 'user' || (g % 200) || '@bench.test'),
            now() - (g || ' minutes')::interval
     FROM generate_series(1, ${CUSTOMERS}) AS g`,
    u.toString(),
  );
  await sql('ANALYZE customers', u.toString());
  const { accessToken: managerToken } = await (
    await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'user7@bench.test', password: 'Bench-Password-123' }),
    })
  ).json();
  const manager = { authorization: `Bearer ${managerToken}` };
  const page = await (await fetch(`${base}/api/v1/customers?pageSize=25`, { headers: auth })).json();
  const ids = page.data.map((c) => c.id);

  await load('warm-up', 200, 4, () => fetch(`${base}/api/health`));
  rows.push(await load('GET /api/health', 2000, 16, () => fetch(`${base}/api/health`)));
  rows.push(await load('GET /api/v1/auth/me', 2000, 16, () => fetch(`${base}/api/v1/auth/me`, { headers: auth })));
  rows.push(
    await load('GET /api/v1/users?pageSize=25&sort=name', 2000, 16, () =>
      fetch(`${base}/api/v1/users?pageSize=25&sort=name`, { headers: auth }),
    ),
  );
  rows.push(
    await load('GET /api/v1/users?q=user1', 1000, 16, () => fetch(`${base}/api/v1/users?q=user1`, { headers: auth })),
  );
  rows.push(
    await load('GET /api/v1/customers?pageSize=25 (admin, all)', 1000, 16, () =>
      fetch(`${base}/api/v1/customers?pageSize=25`, { headers: auth }),
    ),
  );
  rows.push(
    await load('GET /api/v1/customers?pageSize=25 (account manager, own)', 1000, 16, () =>
      fetch(`${base}/api/v1/customers?pageSize=25`, { headers: manager }),
    ),
  );
  rows.push(
    await load('GET /api/v1/customers?q=fabrik (trigram)', 1000, 16, () =>
      fetch(`${base}/api/v1/customers?q=fabrik`, { headers: auth }),
    ),
  );
  rows.push(
    await load('GET /api/v1/customers?status=active&region=east_china&sort=name', 1000, 16, () =>
      fetch(`${base}/api/v1/customers?status=active&region=east_china&sort=name`, { headers: auth }),
    ),
  );
  // What a list page's references cost: 25 records by id in one request, against one request each.
  rows.push(
    await load('GET /api/v1/customers?id=<25 ids>', 500, 16, () =>
      fetch(`${base}/api/v1/customers?pageSize=25&id=${ids.join(',')}`, { headers: auth }),
    ),
  );
  rows.push(
    await load('25 × GET /api/v1/customers/:id (one row = 25 requests)', 100, 4, async () => {
      const all = await Promise.all(ids.map((id) => fetch(`${base}/api/v1/customers/${id}`, { headers: auth })));
      await Promise.all(all.map((r) => r.arrayBuffer()));
      return new Response(null, { status: all.every((r) => r.ok) ? 200 : 500 });
    }),
  );
  rows.push(await load('POST /api/v1/auth/login (argon2id)', 100, 4, login));
} finally {
  api.kill('SIGTERM');
  await new Promise((r) => api.once('exit', r));
  await sql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
}

const table = [
  '| scenario | requests | concurrency | req/s | p50 ms | p95 ms | p99 ms | errors |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map(
    (r) => `| ${r.name} | ${r.total} | ${r.concurrency} | ${r.rps} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.errors} |`,
  ),
].join('\n');
const doc = `# Benchmarks

Measured by \`npm run bench\` (tools/bench.mjs) on ${new Date().toISOString().slice(0, 10)}: one API process
(Node ${process.version}) against PostgreSQL on the same machine (2 cores, 24 GiB), requests over loopback
from the same machine, 200 users and ${CUSTOMERS.toLocaleString('en')} customers in the tables. Figures are for comparing changes on one
machine, not promises.

${table}

Login is deliberately slow: argon2id hashing costs tens of milliseconds of CPU per attempt.
`;
writeFileSync(join(root, 'docs/benchmarks.md'), doc);
// Keep the committed file in the repository's format (npm test checks it).
spawnSync(process.execPath, [join(root, 'node_modules/prettier/bin/prettier.cjs'), '--write', 'docs/benchmarks.md'], {
  cwd: root,
});
console.log(table);
