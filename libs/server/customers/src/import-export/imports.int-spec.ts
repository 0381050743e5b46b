import { Role } from '@crm/server-core';
import {
  TestContext,
  createTestApp,
  createTestWorker,
  deleteRedisKeys,
  loginAs,
  waitFor,
} from '@crm/server-core/testing';
import { INestApplicationContext } from '@nestjs/common';
import { Workbook } from 'exceljs';
import { createCustomer, createProduct } from '../testing';

type Headers = { Authorization: string };

const csv = (rows: Array<Array<string | number>>) =>
  Buffer.from(
    rows
      .map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(','))
      .join('\n'),
  );

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('products');
  for (const r of rows) sheet.addRow(r);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('imports', () => {
  let ctx: TestContext;
  let worker: INestApplicationContext;
  let admin: Headers;

  beforeAll(async () => {
    ctx = await createTestApp();
    worker = await createTestWorker(ctx.runtime);
    admin = (await loginAs(ctx, Role.Admin)).headers;
  });
  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
    if (ctx) await deleteRedisKeys(ctx.config.redis.url, ctx.config.redis.prefix);
  });

  const upload = (headers: Headers, entity: string, file: Buffer, name: string, dryRun?: boolean) => {
    const req = ctx.http.post('/api/v1/imports').set(headers).field('entity', entity);
    if (dryRun !== undefined) req.field('dryRun', String(dryRun));
    return req.attach('file', file, name);
  };
  const countCustomers = async () => Number((await ctx.ds.query(`SELECT count(*) AS n FROM customers`))[0].n);

  it('imports a small CSV at once through the API, with Chinese headers and labels, and reports the bad rows', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const file = csv([
      ['客户编号', '客户名称', '行业', '地区', 'Email', 'creditRating', 'tags', 'id', 'createdAt'],
      [
        'IMP-S-1',
        '上海华信贸易有限公司',
        '批发分销',
        'East China',
        'sales@huaxin.example',
        4,
        'key-account; 华东重点',
        'x',
        'y',
      ],
      ['IMP-S-2', 'Beta Ltd', 'retail', 'north_china', 'not-an-email', 3, '', '', ''],
      ['IMP-S-3', 'Gamma GmbH', '', '', '', 'five', '', '', ''],
      ['', '', '', '', '', '', '', '', ''],
      ['IMP-S-4', '=HYPERLINK("x")', '', 'overseas', '', '', '', '', ''],
    ]);
    const res = await upload(headers, 'customers', file, 'customers.csv').expect(200);
    expect(res.body).toMatchObject({
      entity: 'customers',
      fileName: 'customers.csv',
      format: 'csv',
      status: 'completed',
      totalRows: 4,
      processedRows: 4,
      created: 2,
      updated: 0,
      failed: 2,
      errorCount: 2,
      ignoredColumns: ['id', 'createdAt'],
      createdById: user.id,
      errors: [
        { row: 3, field: 'email', message: 'email must be a valid email address' },
        {
          row: 4,
          field: 'creditRating',
          message: 'creditRating must be from 1 to 5; creditRating must be a whole number from 1 to 5',
        },
      ],
    });
    const [huaxin] = await ctx.ds.query(`SELECT * FROM customers WHERE code = 'IMP-S-1'`);
    expect(huaxin).toMatchObject({
      name: '上海华信贸易有限公司',
      industry: 'wholesale',
      region: 'east_china',
      email: 'sales@huaxin.example',
      credit_rating: 4,
      tags: ['key-account', '华东重点'],
      owner_id: user.id,
    });
    // Imported through the service: the lifecycle history and the audit log as for an API call,
    // plus one entry for the import.
    const [{ n: history }] = await ctx.ds.query(
      `SELECT count(*)::int AS n FROM customer_lifecycle_changes WHERE customer_id = $1`,
      [huaxin.id],
    );
    expect(history).toBe(1);
    const audit = await ctx.ds.query(
      `SELECT actor_id, action FROM audit_log WHERE entity = 'customers' AND entity_id = $1`,
      [huaxin.id],
    );
    expect(audit).toEqual([{ actor_id: user.id, action: 'create' }]);
    const [entry] = await ctx.ds.query(`SELECT changes FROM audit_log WHERE entity = 'imports' AND entity_id = $1`, [
      res.body.id,
    ]);
    expect(entry.changes).toMatchObject({
      created: { after: 2 },
      failed: { after: 2 },
      fileName: { after: 'customers.csv' },
    });

    const got = await ctx.http.get(`/api/v1/imports/${res.body.id}`).set(headers).expect(200);
    expect(got.body).toEqual(res.body);
    const mine = await ctx.http.get('/api/v1/imports').set(headers).expect(200);
    expect(mine.body.data.map((i: { id: string }) => i.id)).toEqual([res.body.id]);
    expect(mine.body.data[0]).not.toHaveProperty('errors');
    // Someone else's import looks missing; an admin sees everyone's.
    const other = await loginAs(ctx, Role.AccountManager);
    await ctx.http.get(`/api/v1/imports/${res.body.id}`).set(other.headers).expect(404);
    const all = await ctx.http.get('/api/v1/imports').set(admin).expect(200);
    expect(all.body.data.map((i: { id: string }) => i.id)).toContain(res.body.id);
  });

  it('imports 10,000 customers in the background, reports exactly the 3 bad rows, and a re-import updates without duplicating', async () => {
    const bad = new Map<number, string[]>([
      [100, ['BIG-00100', 'Bad Email Co', 'retail', 'bad-email@', '']],
      [5000, ['BIG-05000', 'Unknown Industry Co', 'spaceships', 'ok5000@example.com', '']],
      [9999, ['BIG-09999', '', 'retail', 'ok9999@example.com', '']],
    ]);
    const rows: Array<Array<string | number>> = [['code', 'name', 'industry', 'email', 'phone']];
    for (let i = 0; i < 10_000; i++)
      rows.push(
        bad.get(i) ?? [
          `BIG-${String(i).padStart(5, '0')}`,
          `Customer ${i}`,
          i % 2 ? 'retail' : 'Manufacturing',
          `c${i}@example.com`,
          `+86 21 5555 ${String(i).padStart(4, '0')}`,
        ],
      );
    const file = csv(rows);
    const before = await countCustomers();

    const queued = await upload(admin, 'customers', file, 'big.csv').expect(202);
    expect(queued.body).toMatchObject({ id: expect.any(String), status: 'queued' });
    const done = await waitFor(
      async () => {
        const res = await ctx.http.get(`/api/v1/imports/${queued.body.id}`).set(admin).expect(200);
        return ['completed', 'failed'].includes(res.body.status) && res.body;
      },
      'the import to finish',
      600_000,
    );
    expect(done).toMatchObject({
      status: 'completed',
      totalRows: 10_000,
      processedRows: 10_000,
      created: 9_997,
      updated: 0,
      failed: 3,
      errorCount: 3,
    });
    // Header = row 1, so data row i is file row i + 2.
    expect(done.errors).toEqual([
      { row: 102, field: 'email', message: 'email must be a valid email address' },
      { row: 5002, field: 'industry', message: 'industry must be an active industry key; "spaceships" is not' },
      { row: 10_001, field: 'name', message: 'name is required' },
    ]);
    expect(await countCustomers()).toBe(before + 9_997);
    const [run] = await ctx.ds.query(
      `SELECT status, processed, failed, progress FROM job_runs WHERE queue = 'imports' AND job_id = $1`,
      [queued.body.id],
    );
    expect(run).toEqual({ status: 'completed', processed: 9_997, failed: 3, progress: 100 });

    // The same file again: every good row updates its customer, nothing new is created.
    const again = await upload(admin, 'customers', file, 'big.csv').expect(202);
    const second = await waitFor(
      async () => {
        const res = await ctx.http.get(`/api/v1/imports/${again.body.id}`).set(admin).expect(200);
        return ['completed', 'failed'].includes(res.body.status) && res.body;
      },
      'the re-import to finish',
      600_000,
    );
    expect(second).toMatchObject({ status: 'completed', created: 0, updated: 9_997, failed: 3 });
    expect(await countCustomers()).toBe(before + 9_997);
  }, 900_000);

  it('imports products from XLSX (admins only), matching them on code', async () => {
    const file = await xlsx([
      ['产品编号', '产品名称', '标价', '库存', '单位', '状态'],
      ['XP-1', 'Centrifugal pump', 1250.5, 10, 'piece', 'active'],
      ['XP-2', { richText: [{ text: 'Gate ' }, { text: 'valve' }] }, '80', 0, 'piece', ''],
      ['XP-3', 'Broken price', 'cheap', 1, '', ''],
    ]);
    const { headers } = await loginAs(ctx, Role.AccountManager);
    const refused = await upload(headers, 'products', file, 'products.xlsx').expect(403);
    expect(refused.body).toMatchObject({ status: 403, code: 'forbidden' });

    const res = await upload(admin, 'products', file, 'products.xlsx').expect(200);
    expect(res.body).toMatchObject({ format: 'xlsx', created: 2, updated: 0, failed: 1 });
    expect(res.body.errors).toEqual([
      {
        row: 4,
        field: 'listPrice',
        message: 'listPrice must be a non-negative decimal amount with at most 2 decimals, e.g. "1250.00"',
      },
    ]);
    const products = await ctx.ds.query(
      `SELECT code, name, list_price, stock_on_hand FROM products WHERE code LIKE 'XP-%' ORDER BY code`,
    );
    expect(products).toEqual([
      { code: 'XP-1', name: 'Centrifugal pump', list_price: '1250.50', stock_on_hand: 10 },
      { code: 'XP-2', name: 'Gate valve', list_price: '80.00', stock_on_hand: 0 },
    ]);
    const again = await upload(admin, 'products', file, 'products.xlsx').expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 2, failed: 1 });
  });

  it('imports orders with one row per line, grouped by order number', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    await createCustomer(ctx.ds, { code: 'ORD-C1', ownerId: user.id });
    await createProduct(ctx.ds, { code: 'ORD-P1', listPrice: '100.00' });
    await createProduct(ctx.ds, { code: 'ORD-P2', listPrice: '40.00' });
    const file = csv([
      ['number', 'customerCode', 'orderDate', 'currency', 'terms', 'productCode', 'quantity', 'unitPrice', 'discount'],
      ['SO-IMP-1', 'ORD-C1', '2026/3/7', 'cny', 'Net 30', 'ORD-P1', 2, '', 10],
      ['SO-IMP-1', '', '', '', '', 'ORD-P2', 5, '35.00', ''],
      ['SO-IMP-2', 'ORD-C1', '2026-03-08', '', '', 'ORD-P2', 1, '', ''],
      ['SO-IMP-3', 'ORD-C1', '2026-03-09', '', '', 'ORD-P1', 1, '', ''],
      ['SO-IMP-3', '', '', '', '', 'NO-SUCH', 1, '', ''],
      ['SO-IMP-4', 'NOT-MINE', '2026-03-09', '', '', 'ORD-P1', 1, '', ''],
    ]);
    const res = await upload(headers, 'orders', file, 'orders.csv').expect(200);
    expect(res.body).toMatchObject({ totalRows: 6, created: 2, updated: 0, failed: 2 });
    expect(res.body.errors).toEqual([
      { row: 5, field: 'number', message: 'order SO-IMP-3 was not imported because of the errors on its other rows' },
      { row: 6, field: 'productCode', message: 'no product has the code NO-SUCH' },
      { row: 7, field: 'customerCode', message: 'no customer you can see has the code NOT-MINE' },
    ]);
    const [order] = await ctx.ds.query(
      `SELECT id, order_date::text AS order_date, currency, terms, total, status, owner_id FROM orders WHERE number = 'SO-IMP-1'`,
    );
    expect(order).toMatchObject({
      order_date: '2026-03-07',
      currency: 'CNY',
      terms: 'Net 30',
      total: '355.00',
      status: 'draft',
    });
    const lines = await ctx.ds.query(
      `SELECT position, quantity, unit_price, discount FROM order_lines WHERE order_id = $1 ORDER BY position`,
      [order.id],
    );
    expect(lines).toEqual([
      { position: 1, quantity: 2, unit_price: '100.00', discount: '10.00' },
      { position: 2, quantity: 5, unit_price: '35.00', discount: '0.00' },
    ]);

    // A confirmed order can be re-imported as long as its lines are unchanged.
    await ctx.ds.query(`UPDATE orders SET status = 'confirmed', confirmed_at = now() WHERE number = 'SO-IMP-2'`);
    const again = await upload(headers, 'orders', file, 'orders.csv').expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 2, failed: 2 });
    const [{ n }] = await ctx.ds.query(`SELECT count(*)::int AS n FROM orders WHERE number LIKE 'SO-IMP-%'`);
    expect(n).toBe(2);

    // Lines of one order must be consecutive.
    const scattered = csv([
      ['number', 'customerCode', 'productCode', 'quantity'],
      ['SO-IMP-5', 'ORD-C1', 'ORD-P1', 1],
      ['SO-IMP-6', 'ORD-C1', 'ORD-P1', 1],
      ['SO-IMP-5', 'ORD-C1', 'ORD-P2', 1],
    ]);
    const split = await upload(headers, 'orders', scattered, 'scattered.csv').expect(200);
    expect(split.body).toMatchObject({ created: 2, failed: 1 });
    expect(split.body.errors).toEqual([
      { row: 4, field: 'number', message: 'the rows of order SO-IMP-5 must be consecutive' },
    ]);
  });

  it('does not let an account manager overwrite a customer they cannot see', async () => {
    const owner = await loginAs(ctx, Role.AccountManager);
    const hidden = await createCustomer(ctx.ds, { code: 'HIDDEN-1', name: 'Hidden Co', ownerId: owner.user.id });
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const file = csv([
      ['code', 'name'],
      ['HIDDEN-1', 'Taken Over Co'],
      ['MINE-1', 'My New Co'],
    ]);
    const res = await upload(headers, 'customers', file, 'takeover.csv').expect(200);
    expect(res.body).toMatchObject({ created: 1, updated: 0, failed: 1 });
    expect(res.body.errors).toEqual([
      { row: 2, field: 'code', message: 'customer HIDDEN-1 exists but is not visible to you; it was not changed' },
    ]);
    const [after] = await ctx.ds.query(`SELECT name, owner_id, version FROM customers WHERE id = $1`, [hidden.id]);
    expect(after).toEqual({ name: 'Hidden Co', owner_id: owner.user.id, version: hidden.version });
    const [mine] = await ctx.ds.query(`SELECT owner_id FROM customers WHERE code = 'MINE-1'`);
    expect(mine.owner_id).toBe(user.id);
  });

  it('imports contacts of customers named by code, matching existing contacts by email', async () => {
    const { user, headers } = await loginAs(ctx, Role.SalesManager);
    const customer = await createCustomer(ctx.ds, { code: 'CT-C1', ownerId: user.id });
    const file = csv([
      ['客户编号', '姓名', '性别', '邮箱', '主联系人'],
      ['CT-C1', '李伟', '男', 'li.wei@example.com', '是'],
      ['CT-C1', 'Anna Chen', 'female', 'anna@example.com', 'no'],
      ['NOPE', 'Ghost', '', '', ''],
    ]);
    const res = await upload(headers, 'contacts', file, 'contacts.csv').expect(200);
    expect(res.body).toMatchObject({ created: 2, failed: 1 });
    expect(res.body.errors).toEqual([
      { row: 4, field: 'customerCode', message: 'no customer you can see has the code NOPE' },
    ]);
    const renamed = csv([
      ['customerCode', 'name', 'email', 'title'],
      ['CT-C1', '李伟 (Wei Li)', 'LI.WEI@example.com', '采购经理'],
    ]);
    const again = await upload(headers, 'contacts', renamed, 'contacts.csv').expect(200);
    expect(again.body).toMatchObject({ created: 0, updated: 1, failed: 0 });
    const contacts = await ctx.ds.query(
      `SELECT name, gender, title, is_primary FROM contacts WHERE customer_id = $1 ORDER BY created_at`,
      [customer.id],
    );
    expect(contacts).toEqual([
      { name: '李伟 (Wei Li)', gender: 'male', title: '采购经理', is_primary: true },
      { name: 'Anna Chen', gender: 'female', title: null, is_primary: false },
    ]);
  });

  it('checks a file without saving anything on a dry run', async () => {
    const before = await countCustomers();
    const file = csv([
      ['code', 'name', 'email'],
      ['DRY-1', 'Dry Co', 'dry@example.com'],
      ['DRY-1', 'Dry Co again', 'dry@example.com'],
      ['DRY-2', '', ''],
    ]);
    const res = await upload(admin, 'customers', file, 'dry.csv', true).expect(200);
    expect(res.body).toMatchObject({ dryRun: true, status: 'completed', created: 1, updated: 1, failed: 1 });
    expect(res.body.errors).toEqual([{ row: 4, field: 'name', message: 'name is required' }]);
    expect(await countCustomers()).toBe(before);
  });

  it('refuses files it cannot import', async () => {
    const txt = await upload(admin, 'customers', Buffer.from('code,name\nA,B\n'), 'notes.txt').expect(400);
    expect(txt.body.errors).toEqual([{ field: 'file', message: 'file must be a .csv or .xlsx file' }]);
    const unknown = await upload(
      admin,
      'customers',
      csv([
        ['foo', 'bar'],
        ['1', '2'],
      ]),
      'x.csv',
    ).expect(400);
    expect(unknown.body.errors[0]).toMatchObject({
      field: 'file',
      message: expect.stringContaining('first row must name the columns'),
    });
    const twice = await upload(
      admin,
      'customers',
      csv([
        ['name', '客户名称'],
        ['a', 'b'],
      ]),
      'x.csv',
    ).expect(400);
    expect(twice.body.detail).toBe('The columns "name" and "客户名称" are both name');
    const empty = await upload(admin, 'customers', csv([['code', 'name']]), 'x.csv').expect(400);
    expect(empty.body.detail).toBe('The file has no data rows under its header');
    const notXlsx = await upload(admin, 'customers', Buffer.from('code,name\n'), 'x.xlsx').expect(400);
    expect(notXlsx.body.errors[0].field).toBe('file');
    await ctx.http.post('/api/v1/imports').set(admin).field('entity', 'customers').expect(400);
    await upload(admin, 'users', csv([['name'], ['a']]), 'x.csv').expect(400);
    const { headers } = await loginAs(ctx, Role.Marketer);
    await upload(headers, 'customers', csv([['name'], ['a']]), 'x.csv').expect(403);
  });

  it('offers templates with the header row in CSV and XLSX', async () => {
    const res = await ctx.http
      .get('/api/v1/imports/template?entity=customers&format=csv')
      .set(admin)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="customers-import-template.csv"');
    expect((res.body as Buffer).toString('utf8')).toMatch(/^\uFEFFcode,name,kind,industry,region,source,/);
    const book = await ctx.http
      .get('/api/v1/imports/template?entity=orders&format=xlsx')
      .set(admin)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const workbook = new Workbook();
    const bytes = book.body as Buffer;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['orders', 'Fields']);
    expect(workbook.getWorksheet('orders')!.getRow(1).values).toEqual(
      expect.arrayContaining(['number', 'productCode']),
    );
    await ctx.http.get('/api/v1/imports/template?entity=users').set(admin).expect(400);
  });
});
