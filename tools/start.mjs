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
const children = [];
let stopping = false;

function run(name, cmd, args, env = {}) {
  const child = spawn(cmd, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const prefix = `[${name}]`.padEnd(9);
  const pipe = (stream, out) => {
    let buf = '';
    stream.on('data', (chunk) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop();
      for (const line of lines) out.write(`${prefix} ${line}\n`);
    });
  };
  pipe(child.stdout, process.stdout);
  pipe(child.stderr, process.stderr);
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`${prefix} exited (${signal ?? code}); stopping everything`);
    shutdown(code || 1);
  });
  children.push(child);
  return child;
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
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null) continue;
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
