import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { IS_PUBLIC } from '../auth/public.decorator';
import { ALL_ROLES, Role } from '../auth/roles';
import { createTestApp, loginAs, TestContext } from '../testing';
import { IS_AUTHENTICATED, REQUIRED_PERMISSIONS } from './require-permission.decorator';

// What each role may do, spelled out: a change to a lib's permissions.ts must change this table
// too, so a widened role is a reviewed decision. Admin holds every permission.
const EXPECTED: Record<Exclude<Role, Role.Admin>, string[]> = {
  [Role.Executive]: [
    'audit.read',
    'job_runs.read',
    'customers.read',
    'customers.export',
    'products.read',
    'orders.read',
    'orders.export',
  ],
  [Role.SalesManager]: [
    'customers.read',
    'customers.write',
    'customers.delete',
    'customers.export',
    'duplicates.merge',
    'contacts.write',
    'interactions.write',
    'interactions.delete.any',
    'products.read',
    'products.write',
    'orders.read',
    'orders.write',
    'orders.confirm',
    'orders.export',
    'payments.write',
    'payments.delete',
    'imports.run',
  ],
  [Role.AccountManager]: [
    'customers.read',
    'customers.write',
    'customers.delete',
    'customers.export',
    'contacts.write',
    'interactions.write',
    'interactions.delete.own',
    'products.read',
    'orders.read',
    'orders.write',
    'orders.confirm',
    'orders.export',
    'payments.write',
    'imports.run',
  ],
  [Role.Marketer]: [
    'customers.read',
    'customers.export',
    'interactions.write',
    'interactions.delete.own',
    'products.read',
    'orders.read',
    'orders.export',
  ],
  [Role.ServiceAgent]: [
    'customers.read',
    'customers.export',
    'contacts.create',
    'interactions.write',
    'interactions.delete.own',
    'products.read',
    'orders.read',
    'orders.export',
  ],
  [Role.CallAgent]: [
    'customers.read',
    'contacts.create',
    'interactions.write',
    'interactions.delete.own',
    'products.read',
    'orders.read',
    'orders.export',
  ],
};

interface CatalogEntry {
  id: string;
  key: string;
  module: string;
  description: string;
  roles: Role[];
}

describe('permissions', () => {
  let ctx: TestContext;
  let catalog: CatalogEntry[];
  beforeAll(async () => {
    ctx = await createTestApp();
    const { headers } = await loginAs(ctx, Role.CallAgent);
    const res = await ctx.http.get('/api/v1/permissions').set(headers).expect(200);
    expect(res.body.total).toBe(res.body.data.length);
    catalog = res.body.data;
  });
  afterAll(() => ctx.close());

  it('publishes the merged catalog of core and the domain libs, each key once', () => {
    const keys = catalog.map((p) => p.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(catalog).toContainEqual({
      id: 'users.manage',
      key: 'users.manage',
      module: 'core',
      description: expect.any(String),
      roles: [],
    });
    expect(catalog).toContainEqual(expect.objectContaining({ key: 'interactions.delete.own', module: 'customers' }));
  });

  it.each(ALL_ROLES)('GET /auth/me lists the permissions of a %s as the catalog maps them', async (role) => {
    const { headers } = await loginAs(ctx, role);
    const me = await ctx.http.get('/api/v1/auth/me').set(headers).expect(200);
    const fromCatalog = catalog.filter((p) => role === Role.Admin || p.roles.includes(role)).map((p) => p.key);
    expect([...me.body.permissions].sort()).toEqual([...fromCatalog].sort());
    // The spelled-out table covers core and customers; libs added later are checked by the catalog above.
    const tabled = new Set(catalog.filter((p) => ['core', 'customers'].includes(p.module)).map((p) => p.key));
    const expected = role === Role.Admin ? [...tabled] : EXPECTED[role];
    expect(me.body.permissions.filter((p: string) => tabled.has(p)).sort()).toEqual([...expected].sort());
  });

  it('answers 403 naming the missing permission', async () => {
    const { headers } = await loginAs(ctx, Role.Executive);
    const res = await ctx.http.get('/api/v1/users').set(headers).expect(403);
    expect(res.body).toMatchObject({ status: 403, detail: 'You need the permission users.manage to do this' });
  });

  it('gives every route a rule: a permission, or explicitly @Public/@Authenticated', () => {
    const discovery = ctx.app.get(DiscoveryService);
    const scanner = ctx.app.get(MetadataScanner);
    const reflector = ctx.app.get(Reflector);
    const routes: string[] = [];
    const missing: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const type = wrapper.metatype as { name: string; prototype: Record<string, () => unknown> } | undefined;
      if (!type) continue;
      for (const name of scanner.getAllMethodNames(type.prototype)) {
        const handler = type.prototype[name];
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const route = `${RequestMethod[method]} ${Reflect.getMetadata(PATH_METADATA, type)}/${Reflect.getMetadata(PATH_METADATA, handler)} (${type.name}.${name})`;
        routes.push(route);
        const targets = [handler, type as unknown as () => unknown];
        const ruled =
          reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets) ||
          reflector.getAllAndOverride<boolean>(IS_AUTHENTICATED, targets) ||
          !!reflector.getAllAndOverride<string[]>(REQUIRED_PERMISSIONS, targets)?.length;
        if (!ruled) missing.push(route);
      }
    }
    expect(routes.length).toBeGreaterThan(80);
    expect(missing).toEqual([]);
  });
});
