// npm test: static checks, API unit + integration tests (jest), admin unit tests
// (vitest) and browser end-to-end specs (Playwright in Chromium). Every step runs
// even if an earlier one fails; the last line is "N passed, N failed".
import './node-guard.mjs';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules/.bin', name);
const only = process.argv.slice(2);

function sh(cmd, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined);
const results = [];
const record = (name, passed, failed, note = '') => {
  results.push({ name, passed, failed, note });
};

const steps = {
  async checks() {
    for (const [name, cmd, args] of [
      ['typecheck', 'npm', ['run', '-s', 'typecheck']],
      ['lint', 'npm', ['run', '-s', 'lint']],
      ['format', 'npm', ['run', '-s', 'format:check']],
      ['api-client up to date', process.execPath, ['tools/check-api-client.mjs']],
      ['lock file complete', process.execPath, ['tools/check-lockfile.mjs']],
    ]) {
      console.log(`\n== ${name}`);
      const code = await sh(cmd, args);
      record(name, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
    }
  },
  async api() {
    console.log('\n== API unit and integration tests (jest)');
    const file = join(out, 'jest.json');
    const code = await sh(bin('jest'), ['--json', `--outputFile=${file}`], {
      NODE_OPTIONS: '--experimental-vm-modules --no-warnings',
    });
    const r = readJson(file);
    if (r)
      record(
        'api (jest)',
        r.numPassedTests,
        r.numFailedTests + r.numRuntimeErrorTestSuites,
        code ? `exit ${code}` : '',
      );
    else record('api (jest)', 0, 1, `no report (exit ${code})`);
  },
  async admin() {
    console.log('\n== admin unit tests (vitest)');
    const file = join(out, 'vitest.json');
    const code = await sh(bin('vitest'), [
      'run',
      '--config',
      'apps/admin/vite.config.ts',
      '--reporter=default',
      '--reporter=json',
      `--outputFile=${file}`,
    ]);
    const r = readJson(file);
    if (r)
      record(
        'admin (vitest)',
        r.numPassedTests,
        r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0),
        code ? `exit ${code}` : '',
      );
    else record('admin (vitest)', 0, 1, `no report (exit ${code})`);
  },
  async e2e() {
    console.log('\n== end-to-end (Playwright, Chromium)');
    const file = join(out, 'e2e.json');
    const code = await sh(
      bin('playwright'),
      ['test', '-c', 'apps/admin-e2e/playwright.config.ts', '--reporter=list,json'],
      {
        PLAYWRIGHT_JSON_OUTPUT_NAME: file,
      },
    );
    const r = readJson(file);
    if (r) record('e2e (playwright)', r.stats.expected + r.stats.flaky, r.stats.unexpected, code ? `exit ${code}` : '');
    else record('e2e (playwright)', 0, 1, `no report (exit ${code})`);
  },
};

for (const [name, step] of Object.entries(steps)) {
  if (only.length && !only.includes(name)) continue;
  await step();
}

console.log('\n== summary');
for (const r of results) console.log(`${r.name.padEnd(24)} ${r.passed} passed, ${r.failed} failed ${r.note}`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
