// Adds a new workspace package (libs/server/<name>) to package-lock.json the way `npm install`
// would (the package entry and its node_modules link), so `npm ci` on a clean clone accepts the
// lock file without a network round-trip. Idempotent.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function addWorkspaceToLock(root, dir, name, version = '0.0.0') {
  const file = join(root, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  const entries = Object.entries(lock.packages);
  const insert = (key, value) => {
    if (entries.some(([k]) => k === key)) return;
    // npm keeps the keys sorted after the root entry; place the new one where npm would.
    const at = entries.findIndex(([k], i) => i > 0 && k.localeCompare(key, 'en') > 0);
    entries.splice(at < 0 ? entries.length : at, 0, [key, value]);
  };
  insert(dir, { name, version });
  insert(`node_modules/${name}`, { resolved: dir, link: true });
  lock.packages = Object.fromEntries(entries);
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
}

// node tools/lockfile-workspace.mjs libs/server/<name> @crm/server-<name>
if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, name] = process.argv.slice(2);
  addWorkspaceToLock(process.cwd(), dir, name);
}
