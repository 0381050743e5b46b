import { spawn, ChildProcess, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { portAnswers } from './embedded-postgres';

export interface RedisHandle {
  available: boolean;
  owned: boolean;
  stop(): void;
}

function onPath(bin: string) {
  return spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
}

// Redis is optional for serving HTTP: without it, background jobs are off.
export async function ensureRedis(
  url: string,
  dataDir: string,
  autostart: boolean,
  log: (msg: string) => void,
): Promise<RedisHandle> {
  const u = new URL(url);
  const host = u.hostname || '127.0.0.1';
  const port = Number(u.port || 6379);
  if (await portAnswers(port, host)) return { available: true, owned: false, stop: () => undefined };
  const local = ['127.0.0.1', 'localhost', '::1'].includes(host);
  if (autostart && local && onPath('redis-server')) {
    const dir = join(dataDir, 'redis');
    mkdirSync(dir, { recursive: true });
    const child: ChildProcess = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      {
        stdio: 'ignore',
      },
    );
    for (let i = 0; i < 50; i++) {
      if (await portAnswers(port, host)) {
        log(`started redis-server on ${host}:${port}`);
        return { available: true, owned: true, stop: () => child.kill('SIGTERM') };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
  }
  log(
    `Redis is not reachable at ${redact(url)}: background jobs are off. Start Redis (e.g. "redis-server" or "docker compose up redis") or set REDIS_URL.`,
  );
  return { available: false, owned: false, stop: () => undefined };
}

// Never print a Redis password.
function redact(url: string) {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}
