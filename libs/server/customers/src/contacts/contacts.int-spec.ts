import { Role } from '@crm/server-core';
import { adminQuery, createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { createContact, createCustomer } from '../testing';

describe('contacts API', () => {
  let ctx: TestContext;
  let me: Awaited<ReturnType<typeof loginAs>>;

  beforeAll(async () => {
    ctx = await createTestApp();
    me = await loginAs(ctx, Role.AccountManager);
  });
  afterAll(() => ctx.close());

  it('creates a contact with buying role and preferences', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const res = await ctx.http
      .post('/api/v1/contacts')
      .set(me.headers)
      .send({
        customerId: customer.id,
        name: '李伟',
        gender: 'male',
        title: '采购经理',
        mobile: '+86 138 0000 1111',
        email: 'li.wei@example.com',
        buyingRole: 'decider',
        preferences: 'Prefers morning calls',
      })
      .expect(201);
    expect(res.body).toMatchObject({
      customerId: customer.id,
      name: '李伟',
      buyingRole: 'decider',
      preferences: 'Prefers morning calls',
      isPrimary: false,
      version: 1,
    });
    const bad = await ctx.http
      .post('/api/v1/contacts')
      .set(me.headers)
      .send({ customerId: customer.id, name: 'X', buyingRole: 'boss', email: 'nope' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['buyingRole', 'email']);
  });

  it('keeps one primary contact per customer: setting one clears the other', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const first = await ctx.http
      .post('/api/v1/contacts')
      .set(me.headers)
      .send({ customerId: customer.id, name: 'First', isPrimary: true })
      .expect(201);
    const second = await ctx.http
      .post('/api/v1/contacts')
      .set(me.headers)
      .send({ customerId: customer.id, name: 'Second', isPrimary: true })
      .expect(201);
    const primaries = async () =>
      (await ctx.ds.query(`SELECT name FROM contacts WHERE customer_id = $1 AND is_primary`, [customer.id])).map(
        (r: { name: string }) => r.name,
      );
    expect(await primaries()).toEqual(['Second']);
    const firstNow = await ctx.http.get(`/api/v1/contacts/${first.body.id}`).set(me.headers).expect(200);
    expect(firstNow.body).toMatchObject({ isPrimary: false, version: 2 });

    await ctx.http
      .patch(`/api/v1/contacts/${first.body.id}`)
      .set(me.headers)
      .send({ isPrimary: true, version: 2 })
      .expect(200);
    expect(await primaries()).toEqual(['First']);
    await ctx.http.get(`/api/v1/contacts/${second.body.id}`).set(me.headers).expect(200);

    // The schema holds the rule even for writes that skip the service.
    await expect(
      adminQuery(ctx.runtime.databaseUrl, `UPDATE contacts SET is_primary = true WHERE id = '${second.body.id}'`),
    ).rejects.toThrow(/uq_contacts_primary/);
  });

  it("lists the primary contacts of several customers in one request, the caller's only", async () => {
    const [a, b] = [
      await createCustomer(ctx.ds, { ownerId: me.user.id }),
      await createCustomer(ctx.ds, { ownerId: me.user.id }),
    ];
    const theirs = await createCustomer(ctx.ds, {
      ownerId: (await createUser(ctx.ds, { roles: [Role.AccountManager] })).id,
    });
    await createContact(ctx.ds, { customerId: a.id, name: 'Primary A', isPrimary: true });
    await createContact(ctx.ds, { customerId: a.id, name: 'Other A' });
    await createContact(ctx.ds, { customerId: b.id, name: 'Primary B', isPrimary: true });
    await createContact(ctx.ds, { customerId: theirs.id, name: 'Primary Theirs', isPrimary: true });

    const res = await ctx.http
      .get('/api/v1/contacts')
      .query({ customerId: [a.id, b.id, theirs.id].join(','), isPrimary: true, sort: 'name' })
      .set(me.headers)
      .expect(200);
    expect(res.body.data.map((c: { name: string }) => c.name)).toEqual(['Primary A', 'Primary B']);
    const bad = await ctx.http.get('/api/v1/contacts?customerId=nope').set(me.headers).expect(400);
    expect(bad.body.errors[0].field).toBe('customerId');
  });

  it('lists and searches contacts of visible customers only', async () => {
    const mine = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const theirs = await createCustomer(ctx.ds, { ownerId: other.id });
    await createContact(ctx.ds, { customerId: mine.id, name: 'Quentin Mine', email: 'q.mine@example.com' });
    const hidden = await createContact(ctx.ds, { customerId: theirs.id, name: 'Quentin Theirs' });

    const res = await ctx.http.get('/api/v1/contacts?q=quentin').set(me.headers).expect(200);
    expect(res.body.data.map((c: { name: string }) => c.name)).toEqual(['Quentin Mine']);
    const byCustomer = await ctx.http.get(`/api/v1/contacts?customerId=${mine.id}`).set(me.headers).expect(200);
    expect(byCustomer.body.total).toBe(1);
    await ctx.http.get(`/api/v1/contacts/${hidden.id}`).set(me.headers).expect(404);
    await ctx.http.patch(`/api/v1/contacts/${hidden.id}`).set(me.headers).send({ name: 'x', version: 1 }).expect(404);
    await ctx.http.delete(`/api/v1/contacts/${hidden.id}`).set(me.headers).expect(404);
    const create = await ctx.http
      .post('/api/v1/contacts')
      .set(me.headers)
      .send({ customerId: theirs.id, name: 'Sneaky' })
      .expect(400);
    expect(create.body.errors[0].field).toBe('customerId');
  });

  it('updates with a version and deletes', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const contact = await createContact(ctx.ds, { customerId: customer.id });
    await ctx.http
      .patch(`/api/v1/contacts/${contact.id}`)
      .set(me.headers)
      .send({ title: 'CFO', version: 1 })
      .expect(200);
    await ctx.http
      .patch(`/api/v1/contacts/${contact.id}`)
      .set(me.headers)
      .send({ title: 'CEO', version: 1 })
      .expect(409);
    await ctx.http.delete(`/api/v1/contacts/${contact.id}`).set(me.headers).expect(204);
    await ctx.http.get(`/api/v1/contacts/${contact.id}`).set(me.headers).expect(404);
  });

  it('hides contacts of a customer in the bin', async () => {
    const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
    const contact = await createContact(ctx.ds, { customerId: customer.id });
    await ctx.http.delete(`/api/v1/customers/${customer.id}`).set(me.headers).expect(204);
    await ctx.http.get(`/api/v1/contacts/${contact.id}`).set(me.headers).expect(404);
    const list = await ctx.http.get(`/api/v1/contacts?customerId=${customer.id}`).set(me.headers).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('refuses executives (403)', async () => {
    const exec = await loginAs(ctx, Role.Executive);
    const customer = await createCustomer(ctx.ds);
    await ctx.http.post('/api/v1/contacts').set(exec.headers).send({ customerId: customer.id, name: 'X' }).expect(403);
  });

  it.each([Role.ServiceAgent, Role.CallAgent])(
    'lets a %s add contacts to any customer but not change or delete existing ones (403)',
    async (role) => {
      const agent = await loginAs(ctx, role);
      const customer = await createCustomer(ctx.ds, { ownerId: me.user.id });
      const added = await ctx.http
        .post('/api/v1/contacts')
        .set(agent.headers)
        .send({ customerId: customer.id, name: 'Caller Wu' })
        .expect(201);
      for (const id of [added.body.id, (await createContact(ctx.ds, { customerId: customer.id })).id]) {
        const patch = await ctx.http
          .patch(`/api/v1/contacts/${id}`)
          .set(agent.headers)
          .send({ name: 'Changed', version: 1 })
          .expect(403);
        expect(patch.body.detail).toBe('You need the permission contacts.write to do this');
        await ctx.http.delete(`/api/v1/contacts/${id}`).set(agent.headers).expect(403);
      }
      const kept = await ctx.http.get(`/api/v1/contacts/${added.body.id}`).set(me.headers).expect(200);
      expect(kept.body.name).toBe('Caller Wu');
    },
  );
});
