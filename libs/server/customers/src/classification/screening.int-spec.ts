import { Role } from '@crm/server-core';
import { loginAs, TestContext } from '@crm/server-core/testing';
import { parse } from 'csv-parse/sync';
import { createContact, createCustomer, createInteraction } from '../testing';
import { startClassificationJob } from './classification-job.harness';

const AS_OF = '2026-06-30';

describe('prospect screening', () => {
  let ctx: TestContext;
  let admin: { Authorization: string };
  let job: Awaited<ReturnType<typeof startClassificationJob>>;
  const runJob = (body?: object) => job.runJob(body);

  beforeAll(async () => {
    job = await startClassificationJob(AS_OF);
    ({ ctx, admin } = job);
  });
  afterAll(() => job?.close());

  const screening = async (id: string) =>
    (await ctx.ds.query(`SELECT fit_score, screening_grade FROM customers WHERE id = $1`, [id]))[0];

  // Everything the score rewards: reachable, a deciding primary contact, referred, enterprise,
  // credit 5, talked to this month.
  async function completeProspect(overrides: Parameters<typeof createCustomer>[1] = {}) {
    const customer = await createCustomer(ctx.ds, {
      phone: '+86 21 5555 0101',
      email: 'buyer@example.cn',
      address: '上海市浦东新区世纪大道 100 号',
      website: 'example.cn',
      source: 'referral',
      kind: 'enterprise',
      creditRating: 5,
      ...overrides,
    });
    await createContact(ctx.ds, { customerId: customer.id, isPrimary: true, buyingRole: 'decider' });
    await createContact(ctx.ds, { customerId: customer.id, buyingRole: 'user' });
    await createInteraction(ctx.ds, { customerId: customer.id, occurredAt: new Date('2026-06-10T09:00:00Z') });
    return customer;
  }

  describe('the classification job', () => {
    let ids: Record<'complete' | 'bare' | 'active' | 'partial' | 'handSet' | 'stale', string>;

    beforeAll(async () => {
      const handSet = await completeProspect();
      const [{ version }] = await ctx.ds.query(`SELECT version FROM customers WHERE id = $1`, [handSet.id]);
      // Staff eliminate a lead the data would rate A.
      const patched = await ctx.http
        .patch(`/api/v1/customers/${handSet.id}`)
        .set(admin)
        .send({ screeningGrade: 'eliminate', version })
        .expect(200);
      expect(patched.body).toMatchObject({ screeningGrade: 'eliminate', classificationOverrides: ['screeningGrade'] });

      // Phone, email, trade show, enterprise, credit 2: 15 + 15 + 10 + 10 + 6 = 56.
      const partial = await createCustomer(ctx.ds, {
        phone: '010 8888 0000',
        email: 'info@partial.cn',
        source: 'trade_show',
        creditRating: 2,
      });
      // Reachable every way and a contact, but cold, a primary contact who only uses the product,
      // credit 1 and nothing said for over 90 days.
      const stale = await createCustomer(ctx.ds, {
        phone: '1',
        email: 'stale@example.cn',
        address: 'x',
        website: 'stale.cn',
        source: 'cold_visit',
        creditRating: 1,
      });
      await createContact(ctx.ds, { customerId: stale.id, isPrimary: true, buyingRole: 'user' });
      await createInteraction(ctx.ds, { customerId: stale.id, occurredAt: new Date('2026-03-01T09:00:00Z') });
      ids = {
        complete: (await completeProspect()).id,
        bare: (await createCustomer(ctx.ds, { name: 'Bare prospect' })).id,
        active: (await completeProspect({ status: 'active' })).id,
        partial: partial.id,
        handSet: handSet.id,
        stale: stale.id,
      };
    });

    it('grades a complete prospect A, a bare one eliminate, and leaves active customers ungraded', async () => {
      const run = await runJob();
      expect(run.status).toBe('completed');
      expect(await screening(ids.complete)).toEqual({ fit_score: 100, screening_grade: 'a' });
      expect(await screening(ids.bare)).toEqual({ fit_score: 10, screening_grade: 'eliminate' });
      expect(await screening(ids.active)).toEqual({ fit_score: null, screening_grade: null });
      expect(await screening(ids.partial)).toEqual({ fit_score: 56, screening_grade: 'b' });
      // 15 + 15 + 5 + 5 + 10 (contact) + 0 (cold visit) + 10 + 3 = 63.
      expect(await screening(ids.stale)).toEqual({ fit_score: 63, screening_grade: 'b' });
      expect(run.summary).toMatchObject({ screening: { a: 1, b: 2, eliminate: 2, none: 1 } });
    });

    it('keeps a hand-set grade and still computes its score', async () => {
      expect(await screening(ids.handSet)).toEqual({ fit_score: 100, screening_grade: 'eliminate' });
      const [row] = await ctx.ds.query(`SELECT classification_overrides FROM customers WHERE id = $1`, [ids.handSet]);
      expect(row.classification_overrides).toEqual(['screeningGrade']);
    });

    it('audits what the job changed', async () => {
      const [audit] = await ctx.ds.query(
        `SELECT actor_kind, actor_name, changes FROM audit_log WHERE entity = 'customers' AND entity_id = $1
         AND changes ? 'screeningGrade'`,
        [ids.complete],
      );
      expect(audit).toMatchObject({
        actor_kind: 'system',
        actor_name: 'job analytics:customers.classify',
        changes: { fitScore: { before: null, after: 100 }, screeningGrade: { before: null, after: 'a' } },
      });
    });

    it('changes nothing when run again over the same data', async () => {
      const snapshot = () => ctx.ds.query(`SELECT id, fit_score, screening_grade, version FROM customers ORDER BY id`);
      const before = await snapshot();
      const run = await runJob();
      expect(run.summary).toMatchObject({ customersChanged: 0, changed: { fitScore: 0, screeningGrade: 0 } });
      expect(await snapshot()).toEqual(before);
    });

    it('drops the score when a prospect becomes active', async () => {
      await ctx.ds.query(`UPDATE customers SET status = 'active' WHERE id = $1`, [ids.partial]);
      await runJob();
      expect(await screening(ids.partial)).toEqual({ fit_score: null, screening_grade: null });
    });
  });

  describe('the customer list', () => {
    it('filters by grade and score within what the user may see, and sorts by score', async () => {
      const mine = await loginAs(ctx, Role.AccountManager);
      const theirs = await loginAs(ctx, Role.AccountManager);
      const own = await completeProspect({ ownerId: mine.user.id, name: 'Own A prospect' });
      await completeProspect({ ownerId: theirs.user.id, name: 'Their A prospect' });
      const weak = await createCustomer(ctx.ds, { ownerId: mine.user.id, phone: '1', email: 'w@x.cn' });
      await runJob();

      const listed = await ctx.http.get('/api/v1/customers?screeningGrade=a').set(mine.headers).expect(200);
      expect(listed.body.data.map((c: { id: string }) => c.id)).toEqual([own.id]);
      expect(listed.body.data[0]).toMatchObject({ fitScore: 100, screeningGrade: 'a' });
      const all = await ctx.http.get('/api/v1/customers?screeningGrade=a').set(admin).expect(200);
      expect(all.body.data.map((c: { name: string }) => c.name)).toEqual(
        expect.arrayContaining(['Own A prospect', 'Their A prospect']),
      );
      expect(all.body.data.every((c: { screeningGrade: string }) => c.screeningGrade === 'a')).toBe(true);

      const ranged = await ctx.http
        .get(`/api/v1/customers?ownerId=${mine.user.id}&fitScoreMin=30&fitScoreMax=60&sort=-fitScore`)
        .set(mine.headers)
        .expect(200);
      expect(ranged.body.data.map((c: { id: string; fitScore: number }) => [c.id, c.fitScore])).toEqual([
        [weak.id, 40],
      ]);
      const sorted = await ctx.http
        .get(`/api/v1/customers?ownerId=${mine.user.id}&sort=-fitScore`)
        .set(mine.headers)
        .expect(200);
      expect(sorted.body.data.map((c: { id: string }) => c.id)).toEqual([own.id, weak.id]);

      // The export takes the same filter and has both columns.
      const exported = await ctx.http
        .get('/api/v1/exports/customers?format=csv&screeningGrade=a')
        .set(mine.headers)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const [header, ...rows] = parse((exported.body as Buffer).toString('utf8').replace(/^\uFEFF/, '')) as string[][];
      const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
      expect(rows).toHaveLength(1);
      expect(row).toMatchObject({ id: own.id, fitScore: '100', screeningGrade: 'a' });

      await ctx.http.get('/api/v1/customers?screeningGrade=d').set(admin).expect(400);
      await ctx.http.get('/api/v1/customers?fitScoreMin=101').set(admin).expect(400);
    });
  });

  describe('on create and edit', () => {
    it('scores a prospect at once, keeps a hand-set grade, and hands it back to the rules', async () => {
      const created = await ctx.http
        .post('/api/v1/customers')
        .set(admin)
        .send({ name: 'Walk-in prospect', phone: '021 5555 0000', email: 'a@walk-in.cn', source: 'inbound' })
        .expect(201);
      // 15 + 15 + 10 (inbound) + 10 (enterprise) = 50.
      expect(created.body).toMatchObject({ status: 'prospect', fitScore: 50, screeningGrade: 'b' });

      const { id } = created.body;
      await createContact(ctx.ds, { customerId: id, isPrimary: true, buyingRole: 'buyer' });
      const edited = await ctx.http
        .patch(`/api/v1/customers/${id}`)
        .set(admin)
        .send({ creditRating: 4, version: created.body.version })
        .expect(200);
      // + 10 contact + 10 buyer + 12 credit = 82.
      expect(edited.body).toMatchObject({ fitScore: 82, screeningGrade: 'a' });

      const set = await ctx.http
        .patch(`/api/v1/customers/${id}`)
        .set(admin)
        .send({ screeningGrade: 'c', website: 'walk-in.cn', version: edited.body.version })
        .expect(200);
      expect(set.body).toMatchObject({
        fitScore: 87,
        screeningGrade: 'c',
        classificationOverrides: ['screeningGrade'],
      });

      const back = await ctx.http
        .patch(`/api/v1/customers/${id}`)
        .set(admin)
        .send({ screeningGrade: null, version: set.body.version })
        .expect(200);
      expect(back.body).toMatchObject({ fitScore: 87, screeningGrade: 'a', classificationOverrides: [] });

      const active = await ctx.http
        .patch(`/api/v1/customers/${id}`)
        .set(admin)
        .send({ status: 'active', version: back.body.version })
        .expect(200);
      expect(active.body).toMatchObject({ fitScore: null, screeningGrade: null });
    });

    it('takes a hand-set grade on create', async () => {
      const created = await ctx.http
        .post('/api/v1/customers')
        .set(admin)
        .send({ name: 'Known bad lead', screeningGrade: 'eliminate', phone: '1', email: 'x@y.cn' })
        .expect(201);
      expect(created.body).toMatchObject({
        fitScore: 40,
        screeningGrade: 'eliminate',
        classificationOverrides: ['screeningGrade'],
      });
    });
  });
});
