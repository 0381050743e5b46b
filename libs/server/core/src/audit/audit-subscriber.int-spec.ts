import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Column, DeleteDateColumn, Entity, Repository } from 'typeorm';
import { requestContext, runAsSystem } from '../context/request-context';
import { CoreModule } from '../core.module';
import { BaseEntity } from '../database/base.entity';
import { createTestApp, TestContext } from '../testing';
import { AuditLogEntry } from './audit-log-entry.entity';
import { AuditService } from './audit.service';
import { Audited } from './audited.decorator';

// A test-only audited entity with a secret that must never reach the log.
@Audited('gadgets', { ignore: ['secret'] })
@Entity('test_gadgets')
class Gadget extends BaseEntity {
  @Column('text') name!: string;
  @Column('text', { nullable: true }) secret!: string | null;
  @Column('integer', { default: 0 }) stock!: number;
  @Column('timestamptz', { nullable: true }) releasedAt!: Date | null;
  @DeleteDateColumn({ type: 'timestamptz' }) deletedAt!: Date | null;
}

describe('audit subscriber', () => {
  let ctx: TestContext;
  let gadgets: Repository<Gadget>;
  let log: Repository<AuditLogEntry>;
  const ada = { id: randomUUID(), kind: 'user' as const, name: 'Ada Lovelace' };
  const asAda = <T>(fn: () => Promise<T>) => requestContext.run({ actor: ada, requestId: 'req-ada' }, fn);
  const entriesFor = (id: string) => log.find({ where: { entityId: id }, order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    ctx = await createTestApp({
      module: (runtime) => {
        @Module({ imports: [CoreModule.forRoot({ runtime, role: 'api' }), TypeOrmModule.forFeature([Gadget])] })
        class AuditTestModule {}
        return AuditTestModule;
      },
    });
    await ctx.ds.query(`
      CREATE TABLE test_gadgets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, secret text, stock integer NOT NULL DEFAULT 0,
        released_at timestamptz, deleted_at timestamptz, created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(), version integer NOT NULL DEFAULT 1)`);
    gadgets = ctx.ds.getRepository(Gadget);
    log = ctx.ds.getRepository(AuditLogEntry);
  });
  afterAll(() => ctx.close());

  it('records a create with the actor, the request id and every field but the ignored ones', async () => {
    const g = await asAda(() =>
      gadgets.save(
        gadgets.create({ name: 'Widget', secret: 's3cret', stock: 3, releasedAt: new Date('2025-05-01T10:00:00Z') }),
      ),
    );
    const [entry] = await entriesFor(g.id);
    expect(entry).toMatchObject({
      entity: 'gadgets',
      entityId: g.id,
      action: 'create',
      actorId: ada.id,
      actorKind: 'user',
      actorName: 'Ada Lovelace',
      requestId: 'req-ada',
    });
    expect(entry.changes).toEqual({
      name: { before: null, after: 'Widget' },
      stock: { before: null, after: 3 },
      releasedAt: { before: null, after: '2025-05-01T10:00:00.000Z' },
    });
  });

  it('records only the fields an update changed, never the ignored ones', async () => {
    const g = await asAda(() => gadgets.save(gadgets.create({ name: 'Widget', secret: 'a', stock: 1 })));
    g.name = 'Gizmo';
    g.secret = 'b';
    g.stock = 1;
    await asAda(() => gadgets.save(g));
    const entries = await entriesFor(g.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update']);
    expect(entries[1].changes).toEqual({ name: { before: 'Widget', after: 'Gizmo' } });
    expect(JSON.stringify(entries)).not.toContain('secret');
  });

  it('writes no entry for an update that only touches ignored fields', async () => {
    const g = await asAda(() => gadgets.save(gadgets.create({ name: 'Quiet', secret: 'a' })));
    g.secret = 'b';
    await asAda(() => gadgets.save(g));
    expect((await entriesFor(g.id)).map((e) => e.action)).toEqual(['create']);
  });

  it('records a delete with the last values, after null', async () => {
    const g = await asAda(() => gadgets.save(gadgets.create({ name: 'Doomed', secret: 'x', stock: 2 })));
    const id = g.id;
    await asAda(() => gadgets.remove(g));
    const entries = await entriesFor(id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'delete']);
    expect(entries[1]).toMatchObject({ entityId: id, actorId: ada.id });
    expect(entries[1].changes).toEqual({
      name: { before: 'Doomed', after: null },
      stock: { before: 2, after: null },
    });
  });

  it('records a soft delete as a delete and a restore as an update', async () => {
    const g = await asAda(() => gadgets.save(gadgets.create({ name: 'Binned' })));
    await asAda(() => gadgets.softRemove(g));
    await asAda(() => gadgets.recover(g));
    const entries = await entriesFor(g.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'delete', 'update']);
    expect(entries[1].changes).toMatchObject({ name: { before: 'Binned', after: null } });
    expect(Object.keys(entries[2].changes)).toEqual(['deletedAt']);
    expect(entries[2].changes.deletedAt.after).toBeNull();
  });

  it('writes nothing when the change is rolled back, because the entry shares its transaction', async () => {
    const name = `rolled-back-${randomUUID()}`;
    await expect(
      asAda(() =>
        ctx.ds.transaction(async (m) => {
          await m.save(m.create(Gadget, { name }));
          throw new Error('abort');
        }),
      ),
    ).rejects.toThrow('abort');
    const rows = await log.query(`SELECT 1 FROM audit_log WHERE changes->'name'->>'after' = $1`, [name]);
    expect(rows).toHaveLength(0);
  });

  it('names the system actor for changes outside a request', async () => {
    const g = await runAsSystem('nightly import', () => gadgets.save(gadgets.create({ name: 'Imported' })));
    const [entry] = await entriesFor(g.id);
    expect(entry).toMatchObject({ actorId: null, actorKind: 'system', actorName: 'nightly import' });
  });

  it('lets other modules record explicit entries, such as merges', async () => {
    const id = randomUUID();
    await asAda(() =>
      ctx.app.get(AuditService).record({
        entity: 'customers',
        entityId: id,
        action: 'update',
        changes: { mergedFrom: { before: null, after: ['a', 'b'] } },
      }),
    );
    const [entry] = await entriesFor(id);
    expect(entry).toMatchObject({
      entity: 'customers',
      action: 'update',
      actorName: 'Ada Lovelace',
      requestId: 'req-ada',
    });
    expect(entry.changes).toEqual({ mergedFrom: { before: null, after: ['a', 'b'] } });
  });
});
