import { createTestApp, TestContext } from '../testing';

describe('GET /api/health', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('answers without authentication and reports the database up', async () => {
    const res = await ctx.http.get('/api/health').expect(200);
    expect(res.body.database).toEqual({ status: 'up' });
    expect(['ok', 'degraded']).toContain(res.body.status);
  });

  it('answers unknown routes with problem details', async () => {
    const res = await ctx.http.get('/api/v1/nope').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('serves the OpenAPI document', async () => {
    const res = await ctx.http.get('/api/docs-json').expect(200);
    expect(res.body.openapi).toMatch(/^3\.1/);
    expect(res.body.components.securitySchemes).toHaveProperty('bearer');
    expect(res.body.components.securitySchemes).toHaveProperty('apiKey');
  });
});
