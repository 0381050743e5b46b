import { mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { grantTraversal } from './embedded-postgres';

describe('grantTraversal', () => {
  it('adds only the search bit for others on ancestors that lack it', () => {
    const root = mkdtempSync(join(tmpdir(), 'crm-trav-'));
    const inner = join(root, 'a', 'b');
    mkdirSync(inner, { recursive: true, mode: 0o700 });
    const changed = grantTraversal(inner);
    expect(changed).toEqual(expect.arrayContaining([inner, join(root, 'a'), root]));
    expect(statSync(inner).mode & 0o777).toBe(0o701);
    expect(statSync(root).mode & 0o007).toBe(0o001);
    expect(grantTraversal(inner)).toEqual([]);
  });
});
