import { Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { Workbook } from 'exceljs';
import { parse } from 'csv-parse/sync';
import request from 'supertest';
import {
  createContact,
  createCustomer,
  createInteraction,
  createOrder,
  createPayment,
  createProduct,
} from '../testing';

type Headers = { Authorization: string };

// Reads a download as bytes.
const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });

const csvRows = (body: Buffer) => {
  const text = body.toString('utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  return parse(text.slice(1)) as string[][];
};

async function readXlsx(body: Buffer) {
  const workbook = new Workbook();
  await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.length) as ArrayBuffer);
  return workbook;
}

describe('exports', () => {
  let ctx: TestContext;
  let admin: Headers;
  const today = new Date().toISOString().slice(0, 10);

  beforeAll(async () => {
    ctx = await createTestApp();
    admin = (await loginAs(ctx, Role.Admin)).headers;
  });
  afterAll(() => ctx.close());

  it('exports the filtered customer list as UTF-8 CSV with a BOM, limited to the customers the user can see', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    const other = await loginAs(ctx, Role.AccountManager);
    const mine = await createCustomer(ctx.ds, {
      name: '上海华信贸易有限公司',
      region: 'east_china',
      ownerId: user.id,
      tags: ['key-account', '华东重点'],
    });
    await createCustomer(ctx.ds, { name: 'North Co', region: 'north_china', ownerId: user.id });
    await createCustomer(ctx.ds, { name: 'Not Mine East Co', region: 'east_china', ownerId: other.user.id });

    const res = await binary(
      ctx.http.get('/api/v1/exports/customers?format=csv&region=east_china').set(headers),
    ).expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="customers-${today}.csv"`);
    const [header, ...rows] = csvRows(res.body as Buffer);
    // Columns are the API's CustomerDto fields, in its order.
    expect(header.slice(0, 4)).toEqual(['id', 'code', 'name', 'kind']);
    expect(header).toEqual(expect.arrayContaining(['ownerId', 'tags', 'customFields', 'totalRevenue', 'version']));
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header.map((h, i) => [h, rows[0][i]]));
    expect(row).toMatchObject({
      id: mine.id,
      code: mine.code,
      name: '上海华信贸易有限公司',
      region: 'east_china',
      tags: '["key-account","华东重点"]',
      customFields: '{}',
      totalRevenue: '0.00',
      email: '',
    });

    // The list's own query rules apply: unknown parameters and bad values are refused the same way.
    const unknown = await ctx.http.get('/api/v1/exports/customers?colour=red').set(headers).expect(400);
    expect(unknown.body.errors).toEqual([{ field: 'colour', message: 'colour is not an allowed field' }]);
    await ctx.http.get('/api/v1/exports/customers?sort=colour').set(headers).expect(400);
    await ctx.http.get('/api/v1/exports/customers?format=pdf').set(headers).expect(400);
    await ctx.http.get('/api/v1/exports/widgets').set(headers).expect(404);
    // Paging parameters of the list view are ignored: the whole filtered list is exported.
    const paged = await binary(
      ctx.http.get('/api/v1/exports/customers?page=2&pageSize=1&sort=name').set(headers),
    ).expect(200);
    expect(
      csvRows(paged.body as Buffer)
        .slice(1)
        .map((r) => r[2]),
    ).toEqual(['North Co', '上海华信贸易有限公司']);
    await ctx.http.get('/api/v1/exports/customers').expect(401);
  });

  it('neutralises cells that start like a formula, in CSV and XLSX', async () => {
    const { user, headers } = await loginAs(ctx, Role.AccountManager);
    await createCustomer(ctx.ds, { name: '=1+1', phone: '+86 21 5555 0000', address: '@SUM(A1)', ownerId: user.id });
    const csv = await binary(ctx.http.get('/api/v1/exports/customers?q=%3D1').set(headers)).expect(200);
    const [header, row] = csvRows(csv.body as Buffer);
    const byName = Object.fromEntries(header.map((h, i) => [h, row[i]]));
    expect(byName).toMatchObject({ name: "'=1+1", phone: "'+86 21 5555 0000", address: "'@SUM(A1)" });

    const xlsx = await binary(ctx.http.get('/api/v1/exports/customers?format=xlsx&q=%3D1').set(headers)).expect(200);
    const sheet = (await readXlsx(xlsx.body as Buffer)).getWorksheet('customers')!;
    const names = sheet.getRow(1).values as string[];
    expect(sheet.getRow(2).getCell(names.indexOf('name')).value).toBe("'=1+1");
    expect(sheet.getRow(2).getCell(names.indexOf('address')).value).toBe("'@SUM(A1)");
  });

  it('exports orders as XLSX that exceljs opens, with a header row, amounts as numbers and lines as JSON', async () => {
    const { user, headers } = await loginAs(ctx, Role.SalesManager);
    const customer = await createCustomer(ctx.ds, { ownerId: user.id });
    const product = await createProduct(ctx.ds, { listPrice: '1250.50' });
    const order = await createOrder(ctx.ds, {
      customerId: customer.id,
      lines: [{ productId: product.id, quantity: 2 }],
    });
    const res = await binary(
      ctx.http.get(`/api/v1/exports/orders?format=xlsx&customerId=${customer.id}`).set(headers),
    ).expect(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="orders-${today}.xlsx"`);
    const sheet = (await readXlsx(res.body as Buffer)).getWorksheet('orders')!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    expect(header.slice(0, 3)).toEqual(['id', 'number', 'customerId']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(2);
    const cell = (name: string) => sheet.getRow(2).getCell(header.indexOf(name) + 1).value;
    expect(cell('number')).toBe(order.number);
    expect(cell('total')).toBe(2501);
    expect(JSON.parse(cell('lines') as string)).toEqual([
      expect.objectContaining({ productId: product.id, quantity: 2, unitPrice: '1250.50', lineTotal: '2501.00' }),
    ]);
  });

  it('exports contacts, interactions, products and payments through their list services', async () => {
    const { user, headers } = await loginAs(ctx, Role.SalesManager);
    const customer = await createCustomer(ctx.ds, { ownerId: user.id });
    await createContact(ctx.ds, { customerId: customer.id, name: 'Export Contact' });
    await createInteraction(ctx.ds, { customerId: customer.id, summary: 'Export call' });
    const order = await createOrder(ctx.ds, { customerId: customer.id, status: 'confirmed' });
    await createPayment(ctx.ds, { orderId: order.id, amount: '10.00' });
    await createProduct(ctx.ds, { code: 'EXP-P-1', name: 'Export pump' });

    const rowsOf = async (path: string) =>
      csvRows((await binary(ctx.http.get(path).set(headers)).expect(200)).body as Buffer);
    expect((await rowsOf(`/api/v1/exports/contacts?customerId=${customer.id}`))[1]).toContain('Export Contact');
    expect((await rowsOf(`/api/v1/exports/interactions?customerId=${customer.id}`))[1]).toContain('Export call');
    expect((await rowsOf('/api/v1/exports/products?q=EXP-P'))[1]).toContain('Export pump');
    const payments = await rowsOf(`/api/v1/exports/payments?orderId=${order.id}`);
    expect(payments).toHaveLength(2);
    expect(payments[1]).toContain('10.00');
  });

  it('refuses an export of more than 100,000 rows and asks to narrow the filter', async () => {
    await ctx.ds.query(
      `INSERT INTO products (code, name, list_price) SELECT 'BULK-' || g, 'Bulk ' || g, 1 FROM generate_series(1, 100001) g`,
    );
    const res = await ctx.http.get('/api/v1/exports/products?q=BULK-').set(admin).expect(422);
    expect(res.body).toMatchObject({
      status: 422,
      code: 'export_too_large',
      detail: expect.stringContaining('Narrow the filter'),
    });
    await ctx.ds.query(`DELETE FROM products WHERE code LIKE 'BULK-%'`);
  }, 120_000);

  it('refuses call agents customer exports (403) but lets service agents export', async () => {
    await createCustomer(ctx.ds, { name: 'Export Probe Co' });
    const agent = await loginAs(ctx, Role.CallAgent);
    for (const entity of ['customers', 'contacts', 'interactions']) {
      const res = await ctx.http.get(`/api/v1/exports/${entity}`).set(agent.headers).expect(403);
      expect(res.body.detail).toBe('You need the permission customers.export to do this');
    }
    const service = await loginAs(ctx, Role.ServiceAgent);
    const csv = await binary(ctx.http.get('/api/v1/exports/customers?q=Export%20Probe').set(service.headers)).expect(
      200,
    );
    expect(csvRows(csv.body as Buffer).length).toBe(2);
  });
});
