import { CORE_PERMISSIONS, Role } from '@crm/server-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOMERS_PERMISSIONS } from './permissions';

const ROLES = [
  Role.Executive,
  Role.SalesManager,
  Role.AccountManager,
  Role.Marketer,
  Role.ServiceAgent,
  Role.CallAgent,
];

// docs/api-guide.md lists the permissions per role; integrators read it, so it must say what the
// catalogs say. The table's columns are Exec, SM, AM, Mkt, Svc, Call (ROLES above).
describe('the API guide permission table', () => {
  const guide = readFileSync(join(__dirname, '../../../../docs/api-guide.md'), 'utf8');
  const rows = new Map(
    [...guide.matchAll(/^\| `([a-z_.]+)`\s*\|([^\n]*)\|$/gm)].map(([, key, rest]) => [
      key,
      rest
        .split('|')
        .slice(1)
        .map((cell) => cell.trim() === '✓'),
    ]),
  );

  it.each(Object.entries({ ...CORE_PERMISSIONS, ...CUSTOMERS_PERMISSIONS }))('has %s with its roles', (key, def) => {
    expect(rows.get(key)).toEqual(ROLES.map((role) => def.roles.includes(role)));
  });
});
