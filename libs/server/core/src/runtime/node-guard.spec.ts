import { readFileSync } from 'node:fs';
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
});
