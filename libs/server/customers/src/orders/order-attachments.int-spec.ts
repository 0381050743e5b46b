import { Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { createCustomer, createOrder } from '../testing';

type Headers = { Authorization: string };

describe('order attachments', () => {
  let ctx: TestContext;
  let am: { user: { id: string }; headers: Headers };

  beforeAll(async () => {
    ctx = await createTestApp();
    am = await loginAs(ctx, Role.AccountManager);
  });
  afterAll(async () => {
    await ctx.close();
    await rm(ctx.config.dataDir, { recursive: true, force: true });
  });

  const myOrder = async (status: 'draft' | 'confirmed' = 'draft') =>
    createOrder(ctx.ds, { customerId: (await createCustomer(ctx.ds, { ownerId: am.user.id })).id, status });
  const attach = (headers: Headers, orderId: string, name = 'contract.pdf') =>
    ctx.http
      .post('/api/v1/files')
      .set(headers)
      .field('entity', 'orders')
      .field('entityId', orderId)
      .attach('file', Buffer.from('%PDF-1.7 signed contract'), { filename: name, contentType: 'application/pdf' });

  it('uploads, lists, downloads and deletes the signed contract of an order', async () => {
    const order = await myOrder('confirmed');
    const file = (await attach(am.headers, order.id, '合同-签字版.pdf').expect(201)).body;
    expect(file).toMatchObject({
      entity: 'orders',
      entityId: order.id,
      fileName: '合同-签字版.pdf',
      mimeType: 'application/pdf',
    });
    const list = await ctx.http
      .get('/api/v1/files')
      .set(am.headers)
      .query({ entity: 'orders', entityId: order.id })
      .expect(200);
    expect(list.body.data.map((f: { id: string }) => f.id)).toEqual([file.id]);
    const download = await ctx.http.get(`/api/v1/files/${file.id}/content`).set(am.headers).expect(200);
    expect(download.headers['content-type']).toMatch(/^application\/pdf/);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''");
    await ctx.http.delete(`/api/v1/files/${file.id}`).set(am.headers).expect(204);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM files WHERE entity_id = $1`, [order.id]))[0].n).toBe(0);
  });

  it("follows the order's visibility: other account managers get 404, executives read but cannot change", async () => {
    const order = await myOrder();
    const file = (await attach(am.headers, order.id).expect(201)).body;
    const other = await loginAs(ctx, Role.AccountManager);
    await ctx.http.get('/api/v1/files').set(other.headers).query({ entity: 'orders', entityId: order.id }).expect(404);
    await ctx.http.get(`/api/v1/files/${file.id}/content`).set(other.headers).expect(404);
    await attach(other.headers, order.id).expect(404);

    const exec = await loginAs(ctx, Role.Executive);
    await ctx.http.get(`/api/v1/files/${file.id}/content`).set(exec.headers).expect(200);
    await attach(exec.headers, order.id).expect(403);
    await ctx.http.delete(`/api/v1/files/${file.id}`).set(exec.headers).expect(403);
  });

  it('answers 404 for attachments of an order that does not exist', async () => {
    await attach(am.headers, '00000000-0000-4000-8000-000000000000').expect(404);
  });

  it('removes the files of a draft order when it is deleted', async () => {
    const order = await myOrder();
    const file = (await attach(am.headers, order.id).expect(201)).body;
    const [{ storage_key }] = await ctx.ds.query(`SELECT storage_key FROM files WHERE id = $1`, [file.id]);
    await ctx.http.delete(`/api/v1/orders/${order.id}`).set(am.headers).expect(204);
    expect((await ctx.ds.query(`SELECT count(*)::int AS n FROM files WHERE id = $1`, [file.id]))[0].n).toBe(0);
    expect(existsSync(join(ctx.config.dataDir, 'files', storage_key))).toBe(false);
  });
});
