// Fails when package-lock.json leaves out a platform build of a native package.
// npm install tolerates such a gap (it skips optional packages it cannot fetch),
// but npm ci on a clean clone refuses the lock file as out of sync.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { packages } = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));

// Node resolution: look in the package's own node_modules, then each ancestor's.
function resolves(from, name) {
  let dir = from;
  for (;;) {
    if (packages[`${dir ? `${dir}/` : ''}node_modules/${name}`]) return true;
    if (dir === '') return false;
    const i = dir.lastIndexOf('/node_modules/');
    dir = i >= 0 ? dir.slice(0, i) : '';
  }
}

const missing = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, spec] of Object.entries(entry.optionalDependencies ?? {})) {
    if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}@${spec}`);
  }
}

if (missing.length) {
  console.error(`package-lock.json lacks ${missing.length} optional package(s); npm ci will refuse it:`);
  for (const line of missing) console.error(`  ${line}`);
  console.error(
    'Pin the parent to a version whose platform builds are all on the registry (package.json "overrides").',
  );
  process.exit(1);
}
console.log('package-lock.json lists every optional platform package');
