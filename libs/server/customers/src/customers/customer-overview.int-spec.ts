import { Role } from '@crm/server-core';
import { createTestApp, createUser, loginAs, TestContext } from '@crm/server-core/testing';
import { createContact, createCustomer, createInteraction, createOrder } from '../testing';

const DAY = 86_400_000;

describe('GET /customers/:id/overview', () => {
  let ctx: TestContext;

  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('sums what is still to pay, names the primary contact and the next open step', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const customer = await createCustomer(ctx.ds, { ownerId: user.id });
    await createOrder(ctx.ds, { customerId: customer.id, status: 'confirmed', lines: [{ unitPrice: '300.00' }] });
    const partly = await createOrder(ctx.ds, {
      customerId: customer.id,
      status: 'delivered',
      lines: [{ unitPrice: '200.00' }],
    });
    await ctx.ds.query(`UPDATE orders SET paid_amount = 50 WHERE id = $1`, [partly.id]);
    // Drafts, cancelled and completed orders owe nothing.
    await createOrder(ctx.ds, { customerId: customer.id, status: 'draft', lines: [{ unitPrice: '999.00' }] });
    await createOrder(ctx.ds, { customerId: customer.id, status: 'completed', lines: [{ unitPrice: '999.00' }] });
    await createContact(ctx.ds, { customerId: customer.id, name: 'Not primary' });
    const primary = await createContact(ctx.ds, {
      customerId: customer.id,
      name: 'Wang Fang',
      isPrimary: true,
      mobile: '13800001111',
    });
    await createInteraction(ctx.ds, {
      customerId: customer.id,
      nextStep: 'Long overdue call',
      nextStepAt: new Date(Date.now() - 10 * DAY),
    });
    await createInteraction(ctx.ds, {
      customerId: customer.id,
      nextStep: 'Later visit',
      nextStepAt: new Date(Date.now() + 20 * DAY),
    });
    const soon = await createInteraction(ctx.ds, {
      customerId: customer.id,
      nextStep: 'Send the revised quote',
      nextStepAt: new Date(Date.now() + 2 * DAY),
      staffId: user.id,
    });

    const res = await ctx.http.get(`/api/v1/customers/${customer.id}/overview`).set(headers).expect(200);
    expect(res.body).toEqual({
      outstandingAmount: '450.00',
      unpaidOrderCount: 2,
      primaryContact: expect.objectContaining({ id: primary.id, name: 'Wang Fang', mobile: '13800001111' }),
      nextStep: {
        interactionId: soon.id,
        nextStep: 'Send the revised quote',
        nextStepAt: soon.nextStepAt!.toISOString(),
        staffId: user.id,
      },
    });
  });

  it('answers zero and nulls for a new customer, and 404 for a customer you may not see', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const mine = await createCustomer(ctx.ds, { ownerId: user.id });
    const res = await ctx.http.get(`/api/v1/customers/${mine.id}/overview`).set(headers).expect(200);
    expect(res.body).toEqual({ outstandingAmount: '0.00', unpaidOrderCount: 0, primaryContact: null, nextStep: null });
    const other = await createUser(ctx.ds, { roles: [Role.AccountManager] });
    const theirs = await createCustomer(ctx.ds, { ownerId: other.id });
    await ctx.http.get(`/api/v1/customers/${theirs.id}/overview`).set(headers).expect(404);
  });
});
