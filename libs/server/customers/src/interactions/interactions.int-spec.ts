import { Role } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { createContact, createCustomer, createInteraction } from '../testing';

describe('interactions API', () => {
  let ctx: TestContext;
  let me: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    ctx = await createTestApp();
    me = await loginAs(ctx, Role.AccountManager);
  });
  afterAll(() => ctx.close());

  it('logs an interaction with the caller as staff', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const contact = await createContact(ctx.ds, { customerId: customer.id });
    const res = await ctx.http
      .post('/api/v1/interactions')
      .set(me.headers)
      .send({
        customerId: customer.id,
        contactId: contact.id,
        occurredAt: '2026-05-04T02:30:00Z',
        type: 'visit',
        place: 'Customer HQ',
        summary: 'Presented the new line',
        outcome: 'Wants a quote',
        nextStep: 'Send quote',
        nextStepAt: '2026-05-06T01:00:00Z',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      customerId: customer.id,
      contactId: contact.id,
      occurredAt: '2026-05-04T02:30:00.000Z',
      nextStepAt: '2026-05-06T01:00:00.000Z',
      type: 'visit',
      staffId: me.user.id,
    });
  });

  it('validates type against the dictionary, contact against the customer and staff against users', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const foreignContact = await createContact(ctx.ds);
    const send = (body: object) =>
      ctx.http
        .post('/api/v1/interactions')
        .set(me.headers)
        .send({ customerId: customer.id, type: 'call', summary: 'x', ...body })
        .expect(400)
        .then((r) => r.body.errors.map((e: { field: string }) => e.field));
    expect(await send({ type: 'telepathy' })).toEqual(['type']);
    expect(await send({ contactId: foreignContact.id })).toEqual(['contactId']);
    expect(await send({ staffId: '00000000-0000-4000-8000-000000000000' })).toEqual(['staffId']);
    expect(await send({ occurredAt: 'yesterday' })).toEqual(['occurredAt']);
    expect(await send({ summary: '' })).toEqual(['summary']);
  });

  it('filters by customer, type, staff and date range', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const colleague = await createUser(ctx.ds);
    await createInteraction(ctx.ds, {
      customerId: customer.id,
      type: 'call',
      staffId: me.user.id,
      occurredAt: new Date('2026-01-05T10:00:00Z'),
    });
    await createInteraction(ctx.ds, {
      customerId: customer.id,
      type: 'visit',
      staffId: colleague.id,
      occurredAt: new Date('2026-02-05T10:00:00Z'),
    });
    await createInteraction(ctx.ds, {
      customerId: customer.id,
      type: 'call',
      staffId: colleague.id,
      occurredAt: new Date('2026-03-05T10:00:00Z'),
    });
    const q = (query: string) =>
      ctx.http
        .get(`/api/v1/interactions?customerId=${customer.id}&${query}`)
        .set(me.headers)
        .expect(200)
        .then((r) => r.body.data.map((i: { occurredAt: string }) => i.occurredAt.slice(0, 7)));
    expect(await q('')).toEqual(['2026-03', '2026-02', '2026-01']);
    expect(await q('type=call')).toEqual(['2026-03', '2026-01']);
    expect(await q(`staffId=${colleague.id}&sort=occurredAt`)).toEqual(['2026-02', '2026-03']);
    expect(await q('from=2026-02-01&to=2026-03-05')).toEqual(['2026-03', '2026-02']);
  });

  it('follows the customer’s visibility', async () => {
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const theirs = await createCustomer(ctx.ds, { ownerId: other.id });
    const hidden = await createInteraction(ctx.ds, { customerId: theirs.id });
    await ctx.http.get(`/api/v1/interactions/${hidden.id}`).set(me.headers).expect(404);
    const list = await ctx.http.get(`/api/v1/interactions?customerId=${theirs.id}`).set(me.headers).expect(200);
    expect(list.body.total).toBe(0);
    const res = await ctx.http
      .post('/api/v1/interactions')
      .set(me.headers)
      .send({ customerId: theirs.id, type: 'call', summary: 'x' })
      .expect(400);
    expect(res.body.errors[0].field).toBe('customerId');
  });

  it('updates with a version and deletes', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const interaction = await createInteraction(ctx.ds, { customerId: customer.id, staffId: me.user.id });
    const ok = await ctx.http
      .patch(`/api/v1/interactions/${interaction.id}`)
      .set(me.headers)
      .send({ outcome: 'Agreed', type: 'meeting', version: 1 })
      .expect(200);
    expect(ok.body).toMatchObject({ outcome: 'Agreed', type: 'meeting', version: 2 });
    await ctx.http
      .patch(`/api/v1/interactions/${interaction.id}`)
      .set(me.headers)
      .send({ outcome: 'x', version: 1 })
      .expect(409);
    await ctx.http.delete(`/api/v1/interactions/${interaction.id}`).set(me.headers).expect(204);
  });

  it('lets call agents log but not executives', async () => {
    const customer = await createCustomer(ctx.ds);
    const agent = await loginAs(ctx, Role.CallAgent);
    await ctx.http
      .post('/api/v1/interactions')
      .set(agent.headers)
      .send({ customerId: customer.id, type: 'call', summary: 'Inbound call' })
      .expect(201);
    const exec = await loginAs(ctx, Role.Executive);
    await ctx.http
      .post('/api/v1/interactions')
      .set(exec.headers)
      .send({ customerId: customer.id, type: 'call', summary: 'x' })
      .expect(403);
  });

  describe('deleting', () => {
    it.each([Role.AccountManager, Role.Marketer, Role.ServiceAgent, Role.CallAgent])(
      "lets a %s delete their own interactions but not other staff's (403)",
      async (role) => {
        const author = await loginAs(ctx, role);
        const colleague = await createUser(ctx.ds, { roles: [Role.CallAgent] });
        const customer = await createCustomer(ctx.ds, { ownerId: author.user.id });
        const own = await createInteraction(ctx.ds, { customerId: customer.id, staffId: author.user.id });
        const theirs = await createInteraction(ctx.ds, { customerId: customer.id, staffId: colleague.id });
        const refused = await ctx.http.delete(`/api/v1/interactions/${theirs.id}`).set(author.headers).expect(403);
        expect(refused.body.detail).toBe('You may delete only the interactions you recorded yourself');
        await ctx.http.get(`/api/v1/interactions/${theirs.id}`).set(author.headers).expect(200);
        await ctx.http.delete(`/api/v1/interactions/${own.id}`).set(author.headers).expect(204);
        await ctx.http.get(`/api/v1/interactions/${own.id}`).set(author.headers).expect(404);
      },
    );

    it.each([Role.Admin, Role.SalesManager])("lets a %s delete other staff's interactions", async (role) => {
      const manager = await loginAs(ctx, role);
      const agent = await createUser(ctx.ds, { roles: [Role.CallAgent] });
      const customer = await createCustomer(ctx.ds, { ownerId: manager.user.id });
      const theirs = await createInteraction(ctx.ds, { customerId: customer.id, staffId: agent.id });
      await ctx.http.delete(`/api/v1/interactions/${theirs.id}`).set(manager.headers).expect(204);
      await ctx.http.get(`/api/v1/interactions/${theirs.id}`).set(manager.headers).expect(404);
    });

    it('refuses executives even their own-looking records (403)', async () => {
      const exec = await loginAs(ctx, Role.Executive);
      const customer = await createCustomer(ctx.ds);
      const row = await createInteraction(ctx.ds, { customerId: customer.id, staffId: exec.user.id });
      const res = await ctx.http.delete(`/api/v1/interactions/${row.id}`).set(exec.headers).expect(403);
      expect(res.body.detail).toBe(
        'You need the permission interactions.delete.own / interactions.delete.any to do this',
      );
    });
  });
});
