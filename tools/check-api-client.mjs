// Fails when the committed OpenAPI document or generated client types differ
// from what the current API code produces (run `npm run api:generate`).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'crm-openapi-'));
const node = process.execPath;
execFileSync(node, ['tools/build-server.mjs'], { cwd: root, stdio: 'ignore' });
execFileSync(node, ['dist/apps/api/src/cli/openapi.js', join(dir, 'openapi.json')], { cwd: root, stdio: 'inherit' });
execFileSync(
  node,
  [join(root, 'node_modules/openapi-typescript/bin/cli.js'), join(dir, 'openapi.json'), '-o', join(dir, 'schema.ts')],
  {
    cwd: root,
    stdio: 'ignore',
  },
);
execFileSync(node, ['tools/generate-request-bodies.mjs', join(dir, 'openapi.json'), join(dir, 'request-bodies.ts')], {
  cwd: root,
  stdio: 'ignore',
});
const stale = [
  ['libs/shared/api-client/openapi.json', join(dir, 'openapi.json')],
  ['libs/shared/api-client/src/schema.ts', join(dir, 'schema.ts')],
  ['libs/shared/api-client/src/request-bodies.ts', join(dir, 'request-bodies.ts')],
].filter(([committed, fresh]) => {
  try {
    return readFileSync(join(root, committed), 'utf8') !== readFileSync(fresh, 'utf8');
  } catch {
    return true;
  }
});
if (stale.length) {
  console.error(
    `Stale generated API client: ${stale.map(([f]) => f).join(', ')} — run "npm run api:generate" and commit.`,
  );
  process.exit(1);
}
console.log('OpenAPI document and client types are up to date');
