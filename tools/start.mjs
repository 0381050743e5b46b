// npm start: builds the server, then runs API, worker and admin together for a
// local user. The API brings up the embedded PostgreSQL (no DATABASE_URL) and
// Redis (if a redis-server binary is available) and applies migrations.
import './node-guard.mjs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const port = Number(process.env.PORT ?? 3000);
const adminPort = Number(process.env.ADMIN_PORT ?? 5173);
// A crashed child is started again after 1s, 2s, 4s… (capped); one that stayed up a while
// starts the series again. Until the API first answers, its exit stops everything (bad config).
const BACKOFF_MS = [1000, 2000, 4000, 8000, 16000, 30000];
const STABLE_MS = 60_000;
const services = [];
let stopping = false;
let stackUp = false;

function prefixed(name, stream, out) {
  const prefix = `[${name}]`.padEnd(9);
  let buf = '';
  stream.on('data', (chunk) => {
    buf += chunk;
    const lines = buf.split('\n');
    buf = lines.pop();
    for (const line of lines) out.write(`${prefix} ${line}\n`);
  });
}

function run(name, cmd, args, env = {}) {
  const service = { name, child: undefined, timer: undefined, failures: 0 };
  const spawnChild = () => {
    service.timer = undefined;
    const startedAt = Date.now();
    const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    service.child = child;
    prefixed(name, child.stdout, process.stdout);
    prefixed(name, child.stderr, process.stderr);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (name === 'api' && !stackUp) {
        console.error(`${name} ${how} while starting; stopping everything`);
        void shutdown(code || 1);
        return;
      }
      if (Date.now() - startedAt >= STABLE_MS) service.failures = 0;
      const delay = BACKOFF_MS[Math.min(service.failures, BACKOFF_MS.length - 1)];
      service.failures++;
      console.error(`${name} ${how}; restarting in ${delay / 1000}s`);
      service.timer = setTimeout(spawnChild, delay);
    });
  };
  spawnChild();
  services.push(service);
  return service;
}

async function waitForHealth(timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return true;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

async function shutdown(code = 0) {
  if (stopping) return;
  stopping = true;
  // Reverse order: admin, worker, then the API (which owns the embedded database).
  for (const service of [...services].reverse()) {
    clearTimeout(service.timer);
    const child = service.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) continue;
    child.kill('SIGTERM');
    await new Promise((r) => {
      const t = setTimeout(() => (child.kill('SIGKILL'), r()), 15000);
      child.once('exit', () => (clearTimeout(t), r()));
    });
  }
  process.exit(code);
}
process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));

const node = process.execPath;
await new Promise((resolve, reject) => {
  const b = spawn(node, [join(root, 'tools/build-server.mjs')], { cwd: root, stdio: 'inherit' });
  b.on('exit', (code) => (code === 0 ? resolve() : reject(new Error('server build failed'))));
});

run('api', node, ['--enable-source-maps', 'dist/apps/api/src/main.js']);
if (!(await waitForHealth(180_000))) {
  console.error(`The API did not answer on http://127.0.0.1:${port}/api/health within 3 minutes`);
  await shutdown(1);
}
stackUp = true;
run('worker', node, ['--enable-source-maps', 'dist/apps/worker/src/main.js']);
run(
  'admin',
  node,
  [
    join(root, 'node_modules/vite/bin/vite.js'),
    '--config',
    'apps/admin/vite.config.ts',
    '--port',
    String(adminPort),
    '--strictPort',
  ],
  {
    API_URL: `http://127.0.0.1:${port}`,
  },
);

console.log(`
  CRM is running
  ───────────────────────────────────────────────
  Admin app     http://localhost:${adminPort}
  API           http://localhost:${port}/api/v1
  API docs      http://localhost:${port}/api/docs
  Health        http://localhost:${port}/api/health
  Job queues    http://localhost:${port}/api/admin/queues (administrators)
  Demo data     npm run seed   (in another terminal)
  Stop          Ctrl+C
`);
