import { coreMigrations } from '@crm/server-core';
import { createTestApp, TestContext } from '@crm/server-core/testing';
import { crm, crmModules } from './index';

// The descriptors are the only place a lib is named: what they declare must be what runs.
describe('the list of CrmModule descriptors', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx?.close());

  it('declares every entity TypeORM maps, and nothing it does not', () => {
    const mapped = ctx.ds.entityMetadatas.map((m) => m.target).filter((t) => typeof t === 'function');
    const declared = new Set(crm.entities);
    const undeclared = mapped.filter((t) => !declared.has(t)).map((t) => (t as { name: string }).name);
    expect(undeclared).toEqual([]);
    const unmapped = crm.entities.filter((e) => !mapped.includes(e)).map((e) => e.name);
    expect(unmapped).toEqual([]);
  });

  it('runs core migrations first, then each lib in list order, each applied once', async () => {
    const applied: Array<{ name: string }> = await ctx.ds.query('SELECT name FROM migrations ORDER BY id');
    expect(applied.map((r) => r.name)).toEqual(crm.migrations.map((m) => m.name));
    expect(crm.migrations).toEqual([...coreMigrations, ...crmModules.flatMap((m) => m.migrations ?? [])]);
  });

  it('folds core queues and schedules first, then the libs', () => {
    expect(crm.queues.map((q) => q.name)).toEqual(expect.arrayContaining(['mail', 'webhooks', 'maintenance']));
    expect(crm.queues.map((q) => q.name)).toEqual(expect.arrayContaining(['imports', 'analytics']));
    const schedules = crm.schedules(ctx.config).map((s) => `${s.job.queue}:${s.job.name}`);
    expect(schedules).toEqual([
      'maintenance:purge-expired-refresh-tokens',
      'webhooks:purge-deliveries',
      'analytics:customers.classify',
    ]);
  });
});
