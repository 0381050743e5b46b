import { Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { createOrder } from '../testing';

const MISSING = '6b0c3c3e-1111-4222-8333-444455556666';

// The customers lib's own wordings (its text validator, order statuses) in the caller's language.
describe('customer problems in the caller’s language', () => {
  let ctx: TestContext;
  let admin: { Authorization: string };
  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
  });
  afterAll(() => ctx.close());

  it('words each text rule and the code pattern in Chinese', async () => {
    const res = await ctx.http
      .post('/api/v1/customers')
      .set(admin)
      .set('Accept-Language', 'zh-CN')
      .send({ kind: 'company', code: 'bad code!', phone: 42 })
      .expect(400);
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'name 为必填项' },
        { field: 'phone', message: 'phone 必须是文本' },
        { field: 'code', message: 'code 只能包含字母、数字和 . _ - /' },
      ]),
    );
    const english = await ctx.http
      .post('/api/v1/customers')
      .set(admin)
      .send({ kind: 'company', code: 'bad code!', phone: 42 })
      .expect(400);
    expect(english.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'name', message: 'name is required' },
        { field: 'phone', message: 'phone must be text' },
        { field: 'code', message: 'code may contain letters, digits and . _ - /' },
      ]),
    );
  });

  it('names the order status and step of an illegal transition in Chinese', async () => {
    const order = await createOrder(ctx.ds);
    const res = await ctx.http
      .post(`/api/v1/orders/${order.id}/complete`)
      .set(admin)
      .set('Accept-Language', 'zh')
      .send({})
      .expect(422);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.body).toMatchObject({ code: 'illegal_order_transition', detail: '状态为“草稿”的订单不能完成' });
    const english = await ctx.http.post(`/api/v1/orders/${order.id}/complete`).set(admin).send({}).expect(422);
    expect(english.body.detail).toBe('An order in status draft cannot be completed');
  });

  it('names a missing customer in Chinese', async () => {
    const res = await ctx.http
      .get(`/api/v1/customers/${MISSING}`)
      .set(admin)
      .set('Accept-Language', 'zh-CN')
      .expect(404);
    expect(res.body.detail).toBe(`客户 ${MISSING} 不存在`);
  });
});
