import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_NODE, nodeVersionProblem } from './node-guard';

const root = join(__dirname, '../../../../..');

describe('node version guard', () => {
  it('refuses an older Node with one line saying what to run instead', () => {
    expect(nodeVersionProblem('20.20.2')).toBe(
      "This needs Node.js >= 22.12 (found v20.20.2); run it through npm (npm start / npm run …), which uses the repository's Node 24",
    );
    expect(nodeVersionProblem('22.11.0')).toMatch(/found v22\.11\.0/);
  });

  it('accepts the minimum and anything newer', () => {
    expect(nodeVersionProblem('22.12.0')).toBeUndefined();
    expect(nodeVersionProblem('23.0.0')).toBeUndefined();
    expect(nodeVersionProblem('24.9.0')).toBeUndefined();
  });

  it('uses the same minimum as package.json engines and the tools guard', () => {
    const engines = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node;
    expect(engines).toBe(`>=${MIN_NODE}`);
    expect(readFileSync(join(root, 'tools/node-guard.mjs'), 'utf8')).toContain(`MIN_NODE = '${MIN_NODE}'`);
  });

  // The guard only helps if it runs before anything else loads: first import of every entry point.
  it('is the first import of every server entry point and of the tools that start things', () => {
    const firstImport = (file: string) =>
      readFileSync(join(root, file), 'utf8')
        .split('\n')
        .find((l) => l.startsWith('import '));
    const cli = readdirSync(join(root, 'apps/api/src/cli'))
      .filter((f) => f.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(f))
      .map((f) => `apps/api/src/cli/${f}`);
    expect(cli).toContain('apps/api/src/cli/migrate.ts');
    for (const file of ['apps/api/src/main.ts', 'apps/worker/src/main.ts', ...cli]) {
      expect({ file, first: firstImport(file) }).toEqual({ file, first: "import '@crm/server-core/node-guard';" });
    }
    for (const file of ['tools/start.mjs', 'tools/test.mjs', 'tools/bench.mjs']) {
      expect({ file, first: firstImport(file) }).toEqual({ file, first: "import './node-guard.mjs';" });
    }
  });
});
