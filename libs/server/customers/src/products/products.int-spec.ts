import { Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { createOrder, createProduct } from '../testing';

type Headers = { Authorization: string };

describe('product catalog API', () => {
  let ctx: TestContext;
  let admin: Headers;
  let salesManager: Headers;
  let accountManager: Headers;
  const tag = Date.now().toString(36);

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
    salesManager = (await loginAs(ctx, Role.SalesManager)).headers;
    accountManager = (await loginAs(ctx, Role.AccountManager)).headers;
  });
  afterAll(() => ctx.close());

  async function catalog() {
    const line = await ctx.http
      .post('/api/v1/product-lines')
      .set(admin)
      .send({ code: `PL-${tag}-${Math.random()}`, name: 'Industrial equipment', description: 'Pumps and valves' })
      .expect(201);
    const category = await ctx.http
      .post('/api/v1/product-categories')
      .set(admin)
      .send({ lineId: line.body.id, code: `PC-${Math.random()}`, name: 'Pumps' })
      .expect(201);
    return { line: line.body, category: category.body };
  }

  it('builds lines → categories → products and answers them in the documented shape', async () => {
    const { line, category } = await catalog();
    expect(line).toMatchObject({
      name: 'Industrial equipment',
      description: 'Pumps and valves',
      active: true,
      version: 1,
    });
    expect(category).toMatchObject({ lineId: line.id, name: 'Pumps', active: true });
    const res = await ctx.http
      .post('/api/v1/products')
      .set(salesManager)
      .send({
        code: `CP-${tag}`,
        name: 'Centrifugal pump',
        model: 'CP-200',
        unit: 'unit',
        categoryId: category.id,
        listPrice: 1250,
        cost: '800.5',
        stockOnHand: 40,
        description: 'Stainless',
      })
      .expect(201);
    expect(res.body).toEqual({
      id: expect.any(String),
      code: `CP-${tag}`,
      name: 'Centrifugal pump',
      model: 'CP-200',
      unit: 'unit',
      categoryId: category.id,
      listPrice: '1250.00',
      cost: '800.50',
      stockOnHand: 40,
      status: 'active',
      description: 'Stainless',
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
      version: 1,
    });
    const audit = await ctx.ds.query(`SELECT action FROM audit_log WHERE entity = 'products' AND entity_id = $1`, [
      res.body.id,
    ]);
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('lets every signed-in user read the catalog, sales managers write products and only admins write lines', async () => {
    const { category } = await catalog();
    await ctx.http.get('/api/v1/products').set(accountManager).expect(200);
    await ctx.http.get('/api/v1/product-lines').set(accountManager).expect(200);
    await ctx.http.get(`/api/v1/product-categories/${category.id}`).set(accountManager).expect(200);
    await ctx.http
      .post('/api/v1/products')
      .set(accountManager)
      .send({ code: `X-${tag}`, name: 'X', listPrice: '1.00' })
      .expect(403);
    await ctx.http
      .post('/api/v1/product-lines')
      .set(salesManager)
      .send({ code: `L-${tag}`, name: 'L' })
      .expect(403);
  });

  it('keeps stock a whole number of zero or more and codes unique', async () => {
    const negative = await ctx.http
      .post('/api/v1/products')
      .set(admin)
      .send({ code: `N-${tag}`, name: 'Neg', listPrice: '1.00', stockOnHand: -1 })
      .expect(400);
    expect(negative.body.errors).toEqual([{ field: 'stockOnHand', message: 'stockOnHand must not be negative' }]);
    await ctx.http
      .post('/api/v1/products')
      .set(admin)
      .send({ code: `N-${tag}`, name: 'Frac', listPrice: '1.00', stockOnHand: 1.5 })
      .expect(400);
    await expect(ctx.ds.query(`UPDATE products SET stock_on_hand = -1 WHERE code = 'nope' OR true`)).rejects.toThrow(
      /ck_products_stock_on_hand/,
    );
    await ctx.http
      .post('/api/v1/products')
      .set(admin)
      .send({ code: `U-${tag}`, name: 'A', listPrice: '1' })
      .expect(201);
    const dup = await ctx.http
      .post('/api/v1/products')
      .set(admin)
      .send({ code: `U-${tag}`, name: 'B', listPrice: '1' })
      .expect(409);
    expect(dup.body).toMatchObject({ code: 'product_code_taken', errors: [{ field: 'code' }] });
  });

  it('filters by category, line, status, text and stock, and sorts by price or stock', async () => {
    const { line, category } = await catalog();
    const mk = (overrides: object) =>
      ctx.http
        .post('/api/v1/products')
        .set(admin)
        .send({
          code: `F-${Math.random()}`,
          name: 'Filter me',
          listPrice: '10.00',
          categoryId: category.id,
          ...overrides,
        })
        .expect(201)
        .then((r) => r.body);
    const cheap = await mk({ name: `Gizmo ${tag} cheap`, listPrice: '5.00', stockOnHand: 0 });
    const dear = await mk({ name: `Gizmo ${tag} dear`, listPrice: '50.00', stockOnHand: 7 });
    const old = await mk({ name: `Gizmo ${tag} old`, status: 'discontinued', stockOnHand: 3 });
    const ids = (body: { data: Array<{ id: string }> }) => body.data.map((p) => p.id);
    const list = (query: Record<string, string>) =>
      ctx.http
        .get('/api/v1/products')
        .set(accountManager)
        .query(query)
        .expect(200)
        .then((r) => r.body);

    expect(ids(await list({ categoryId: category.id, sort: 'listPrice' }))).toEqual([cheap.id, old.id, dear.id]);
    expect(ids(await list({ lineId: line.id, sort: '-stockOnHand' }))).toEqual([dear.id, old.id, cheap.id]);
    expect(ids(await list({ categoryId: category.id, status: 'active', inStock: 'true' }))).toEqual([dear.id]);
    expect(ids(await list({ categoryId: category.id, inStock: 'false' }))).toEqual([cheap.id]);
    expect(ids(await list({ q: `gizmo ${tag} de` }))).toEqual([dear.id]);
    expect(ids(await list({ q: dear.code }))).toEqual([dear.id]);
    await ctx.http.get('/api/v1/products').set(accountManager).query({ sort: 'cost' }).expect(400);
  });

  it('updates with optimistic locking', async () => {
    const product = await createProduct(ctx.ds, { listPrice: '10.00' });
    const res = await ctx.http
      .patch(`/api/v1/products/${product.id}`)
      .set(salesManager)
      .send({ version: 1, listPrice: '12.5', status: 'discontinued', cost: null })
      .expect(200);
    expect(res.body).toMatchObject({ listPrice: '12.50', status: 'discontinued', cost: null, version: 2 });
    await ctx.http
      .patch(`/api/v1/products/${product.id}`)
      .set(salesManager)
      .send({ version: 1, name: 'x' })
      .expect(409);
  });

  it('refuses to delete what is in use with 409', async () => {
    const { line, category } = await catalog();
    const product = await createProduct(ctx.ds, { categoryId: category.id });
    await createOrder(ctx.ds, { lines: [{ productId: product.id }] });
    const p = await ctx.http.delete(`/api/v1/products/${product.id}`).set(admin).expect(409);
    expect(p.body.code).toBe('product_in_use');
    const c = await ctx.http.delete(`/api/v1/product-categories/${category.id}`).set(admin).expect(409);
    expect(c.body.code).toBe('product_category_in_use');
    const l = await ctx.http.delete(`/api/v1/product-lines/${line.id}`).set(admin).expect(409);
    expect(l.body.code).toBe('product_line_in_use');

    const unused = await createProduct(ctx.ds);
    await ctx.http.delete(`/api/v1/products/${unused.id}`).set(salesManager).expect(204);
    const empty = await catalog();
    await ctx.http.delete(`/api/v1/product-categories/${empty.category.id}`).set(admin).expect(204);
    await ctx.http.delete(`/api/v1/product-lines/${empty.line.id}`).set(admin).expect(204);
  });

  it('validates references to lines and categories', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    const res = await ctx.http
      .post('/api/v1/product-categories')
      .set(admin)
      .send({ lineId: missing, code: `C-${tag}`, name: 'C' })
      .expect(400);
    expect(res.body.errors).toEqual([{ field: 'lineId', message: 'lineId must refer to an existing product line' }]);
    await ctx.http
      .post('/api/v1/products')
      .set(admin)
      .send({ code: `R-${tag}`, name: 'R', listPrice: '1', categoryId: missing })
      .expect(400);
  });
});
