import { Role } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { createCustomer } from '../testing';

describe('POST /customers/duplicate-check', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  const check = (headers: { Authorization: string }, body: object, status = 200) =>
    ctx.http.post('/api/v1/customers/duplicate-check').set(headers).send(body).expect(status);

  it('finds visible customers sharing the normalised name, phone or email, with the reasons', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const byName = await createCustomer(ctx.ds, { name: 'Skylark Trading Co., Ltd.', ownerId: user.id });
    const byPhoneAndEmail = await createCustomer(ctx.ds, {
      name: 'Other name',
      phone: '+86 138-7777-6666',
      email: 'Sales@Skylark.example',
      ownerId: user.id,
    });
    await createCustomer(ctx.ds, { name: 'Skylark Trading', ownerId: user.id, deletedAt: new Date() });
    await createCustomer(ctx.ds, { name: 'Unrelated', ownerId: user.id });

    const res = await check(headers, {
      name: 'SKYLARK trading',
      phone: '13877776666',
      email: ' sales@skylark.example',
    });
    expect(res.body.data).toEqual([
      expect.objectContaining({ id: byName.id, code: byName.code, name: byName.name, reasons: ['name'] }),
      expect.objectContaining({ id: byPhoneAndEmail.id, reasons: ['phone', 'email'] }),
    ]);

    // Editing a customer: itself is no duplicate.
    const self = await check(headers, { name: 'Skylark Trading', excludeId: byName.id });
    expect(self.body.data).toEqual([]);
    // Nothing typed yet, or too little of a phone number to match on.
    expect((await check(headers, {})).body.data).toEqual([]);
    expect((await check(headers, { phone: '123' })).body.data).toEqual([]);
  });

  it("does not reveal another rep's customers, and is for those who may create customers", async () => {
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    await createCustomer(ctx.ds, { name: 'Hidden Heron Ltd', ownerId: other.id });
    const rep = await loginAs(ctx, Role.AccountManager);
    expect((await check(rep.headers, { name: 'Hidden Heron' })).body.data).toEqual([]);
    const admin = await loginAs(ctx, Role.Admin);
    expect((await check(admin.headers, { name: 'Hidden Heron' })).body.data).toHaveLength(1);
    const exec = await loginAs(ctx, Role.Executive);
    await check(exec.headers, { name: 'Hidden Heron' }, 403);
    const bad = await check(admin.headers, { name: 42 }, 400);
    expect(bad.body.errors[0].field).toBe('name');
  });
});
