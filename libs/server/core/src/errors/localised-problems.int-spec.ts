import { Role } from '../auth/roles';
import { createTestApp, loginAs, TestContext, TestUser } from '../testing';

const MISSING = '6b0c3c3e-1111-4222-8333-444455556666';

describe('problem details in the caller’s language', () => {
  let ctx: TestContext;
  let admin: { user: TestUser; headers: { Authorization: string } };
  beforeAll(async () => {
    ctx = await createTestApp();
    admin = await loginAs(ctx, Role.Admin);
  });
  afterAll(() => ctx.close());

  const invalidDepartment = () =>
    ctx.http
      .post('/api/v1/departments')
      .set(admin.headers)
      .send({ name: 'x'.repeat(201), managerId: 'nope', colour: 'red' });
  const missingDepartment = () => ctx.http.get(`/api/v1/departments/${MISSING}`).set(admin.headers);
  const deactivateSelf = () =>
    ctx.http.patch(`/api/v1/users/${admin.user.id}`).set(admin.headers).send({ active: false, version: 1 });

  it('answers a 400 validation error in Chinese, naming the fields', async () => {
    const res = await invalidDepartment().set('Accept-Language', 'zh-CN,zh;q=0.9,en;q=0.8').expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.body).toMatchObject({
      status: 400,
      code: 'validation_failed',
      title: '验证失败',
      detail: '有 3 个字段无效',
    });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([
        { field: 'colour', message: 'colour 不是允许的字段' },
        { field: 'name', message: 'name 最多 200 个字符' },
        { field: 'managerId', message: 'managerId 必须是 UUID' },
      ]),
    );
  });

  it('answers a 404 in Chinese, naming the record', async () => {
    const res = await missingDepartment().set('Accept-Language', 'zh').expect(404);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.body).toMatchObject({ code: 'not_found', title: '未找到', detail: `部门 ${MISSING} 不存在` });
  });

  it('answers a 422 rule violation in Chinese, with its field', async () => {
    const res = await deactivateSelf().set('Accept-Language', 'zh-Hans').expect(422);
    expect(res.headers['content-language']).toBe('zh-CN');
    expect(res.body).toMatchObject({
      code: 'cannot_deactivate_self',
      title: '无法处理',
      detail: '不能停用自己的账号',
      errors: [{ field: 'active', message: '不能对自己的账号设为 false' }],
    });
  });

  it('answers exactly as before in English, without the header or for other languages', async () => {
    for (const language of [undefined, 'fr-FR, de;q=0.5']) {
      const send = <T extends { set(name: string, value: string): T }>(req: T) =>
        language ? req.set('Accept-Language', language) : req;
      const invalid = await send(invalidDepartment()).expect(400);
      expect(invalid.headers['content-language']).toBe('en');
      expect(invalid.body).toEqual({
        type: 'https://crm.dev/problems/validation-failed',
        title: 'Validation failed',
        status: 400,
        detail: '3 fields are invalid',
        errors: expect.arrayContaining([
          { field: 'colour', message: 'colour is not an allowed field' },
          { field: 'name', message: 'name must be shorter than or equal to 200 characters' },
          { field: 'managerId', message: 'managerId must be a UUID' },
        ]),
        code: 'validation_failed',
        instance: '/api/v1/departments',
      });
      expect(invalid.body.errors).toHaveLength(3);
      expect((await send(missingDepartment()).expect(404)).body).toEqual({
        type: 'https://crm.dev/problems/not-found',
        title: 'Not Found',
        status: 404,
        detail: `Department ${MISSING} was not found`,
        errors: [],
        code: 'not_found',
        instance: `/api/v1/departments/${MISSING}`,
      });
      expect((await send(deactivateSelf()).expect(422)).body).toEqual({
        type: 'https://crm.dev/problems/cannot-deactivate-self',
        title: 'Unprocessable Content',
        status: 422,
        detail: 'You cannot deactivate your own account',
        errors: [{ field: 'active', message: 'cannot be false for your own account' }],
        code: 'cannot_deactivate_self',
        instance: `/api/v1/users/${admin.user.id}`,
      });
    }
  });

  it('translates authentication failures, malformed ids and unknown routes too', async () => {
    const unauthenticated = await ctx.http.get('/api/v1/departments').set('Accept-Language', 'zh-CN').expect(401);
    expect(unauthenticated.body.detail).toBe(
      '请先登录（Authorization: Bearer <访问令牌>）或发送 API 密钥（X-API-Key）后再使用此接口',
    );
    const badId = await ctx.http.get('/api/v1/departments/nope').set(admin.headers).set('Accept-Language', 'zh');
    expect(badId.status).toBe(400);
    expect(badId.body.detail).toBe('验证失败（应为 UUID）');
    const route = await ctx.http.get('/api/v1/no-such-thing').set('Accept-Language', 'zh').expect(404);
    expect(route.body).toMatchObject({ title: '未找到', detail: '接口 GET /api/v1/no-such-thing 不存在' });
  });
});
