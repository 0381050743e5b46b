import { bodyFields, createApiClient, requestBodies } from '@crm/api-client';
import { HttpError } from 'react-admin';
import { describe, expect, it } from 'vitest';
import { createDataProvider } from './dataProvider';
import { toListQuery } from './restProvider';

const BASE = 'http://api.test';

interface Call {
  method: string;
  url: URL;
  body: unknown;
  auth: string | null;
}

/** A fake fetch answering from a route table and recording every request. */
function fakeFetch(routes: Record<string, (call: Call) => Response>) {
  const calls: Call[] = [];
  const fetch = async (request: Request) => {
    const url = new URL(request.url);
    const text = await request.text();
    const call = {
      method: request.method,
      url,
      body: text ? JSON.parse(text) : undefined,
      auth: request.headers.get('authorization'),
    };
    calls.push(call);
    const handler = routes[`${request.method} ${url.pathname}`];
    return handler ? handler(call) : json(404, problem(404, 'Not found'));
  };
  return { fetch, calls };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const problem = (status: number, detail: string, errors: Array<{ field: string; message: string }> = []) => ({
  type: 'https://crm.dev/problems/x',
  title: 'Error',
  status,
  detail,
  errors,
  code: 'x',
});

const setup = (routes: Record<string, (call: Call) => Response>) => {
  const { fetch, calls } = fakeFetch(routes);
  const client = createApiClient(BASE, { getToken: () => 'token-1', fetch });
  return { provider: createDataProvider(client), calls };
};

describe('dataProvider', () => {
  it('maps list params to page, pageSize, sort and filters, and reads the envelope', async () => {
    const { provider, calls } = setup({
      'GET /api/v1/users': () => json(200, { data: [{ id: 'a', name: 'Ann' }], total: 41, page: 2, pageSize: 20 }),
    });
    const result = await provider.getList('users', {
      pagination: { page: 2, perPage: 20 },
      sort: { field: 'createdAt', order: 'DESC' },
      filter: { q: 'ann', role: 'admin', active: true, departmentId: '' },
    });
    expect(result).toEqual({ data: [{ id: 'a', name: 'Ann' }], total: 41 });
    const { url, auth } = calls[0];
    expect(url.searchParams.get('page')).toBe('2');
    expect(url.searchParams.get('pageSize')).toBe('20');
    expect(url.searchParams.get('sort')).toBe('-createdAt');
    expect(url.searchParams.get('q')).toBe('ann');
    expect(url.searchParams.get('role')).toBe('admin');
    expect(url.searchParams.get('active')).toBe('true');
    // Empty filter values are not sent.
    expect(url.searchParams.has('departmentId')).toBe(false);
    expect(auth).toBe('Bearer token-1');
  });

  it('sorts ascending without a dash and caps pageSize at the API maximum', () => {
    expect(toListQuery({ pagination: { page: 1, perPage: 1000 }, sort: { field: 'name', order: 'ASC' } })).toEqual({
      page: 1,
      pageSize: 200,
      sort: 'name',
    });
  });

  it('getManyReference filters on the target field', async () => {
    const { provider, calls } = setup({
      'GET /api/v1/users': () => json(200, { data: [], total: 0, page: 1, pageSize: 25 }),
    });
    await provider.getManyReference('users', {
      target: 'departmentId',
      id: 'd1',
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    expect(calls[0].url.searchParams.get('departmentId')).toBe('d1');
  });

  it('getMany asks the list endpoint for the ids in one request, 200 at a time', async () => {
    const { provider, calls } = setup({
      'GET /api/v1/departments': ({ url }) => {
        const ids = url.searchParams.get('id')!.split(',');
        // d3 was deleted meanwhile: the API leaves it out.
        const data = ids.filter((id) => id !== 'd3').map((id) => ({ id, name: `Dept ${id}` }));
        return json(200, { data, total: data.length, page: 1, pageSize: ids.length });
      },
    });
    const { data } = await provider.getMany('departments', { ids: ['d1', 'd2', 'd3', 'd1'] });
    expect(data.map((d) => d.name)).toEqual(['Dept d1', 'Dept d2']);
    expect(calls).toHaveLength(1);
    expect(calls[0].url.searchParams.get('pageSize')).toBe('3');

    calls.length = 0;
    const many = Array.from({ length: 450 }, (_, i) => `x${i}`);
    expect((await provider.getMany('departments', { ids: many })).data).toHaveLength(450);
    expect(calls.map((c) => c.url.searchParams.get('id')!.split(',').length)).toEqual([200, 200, 50]);
  });

  it('turns problem details into an HttpError with field errors', async () => {
    const { provider } = setup({
      'POST /api/v1/users': () =>
        json(
          400,
          problem(400, '2 fields are invalid', [
            { field: 'email', message: 'email must be an email' },
            { field: 'name', message: 'name should not be empty' },
          ]),
        ),
    });
    const error = await provider.create('users', { data: { email: 'x' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    const httpError = error as HttpError;
    expect(httpError.message).toBe('2 fields are invalid');
    expect(httpError.status).toBe(400);
    expect(httpError.body.errors).toMatchObject({
      email: 'email must be an email',
      name: 'name should not be empty',
      root: { serverError: '2 fields are invalid' },
    });
  });

  it('keeps the detail of a problem without field errors as the message', async () => {
    const { provider } = setup({
      'DELETE /api/v1/departments/d1': () => json(409, problem(409, 'The department still has 3 members')),
    });
    const error = (await provider.delete('departments', { id: 'd1' }).catch((e: unknown) => e)) as HttpError;
    expect(error.message).toBe('The department still has 3 members');
    expect(error.status).toBe(409);
    expect(error.body.errors).toBeUndefined();
  });

  it('sends PATCH with the changed fields plus version, without server-owned fields', async () => {
    const { provider, calls } = setup({
      'PATCH /api/v1/users/u1': (call) => json(200, { id: 'u1', ...(call.body as object), version: 4 }),
    });
    const previousData = {
      id: 'u1',
      email: 'ann@example.com',
      name: 'Ann',
      roles: ['marketer'],
      active: true,
      createdAt: '2025-01-01T00:00:00Z',
      updatedAt: '2025-01-02T00:00:00Z',
      lastLoginAt: null,
      version: 3,
    };
    await provider.update('users', {
      id: 'u1',
      data: { ...previousData, name: 'Ann Lee', roles: ['marketer', 'sales_manager'], password: null },
      previousData,
    });
    expect(calls[0].method).toBe('PATCH');
    expect(calls[0].body).toEqual({ name: 'Ann Lee', roles: ['marketer', 'sales_manager'], version: 3 });
  });

  it('returns the previous record when DELETE answers 204', async () => {
    const { provider } = setup({ 'DELETE /api/v1/departments/d1': () => new Response(null, { status: 204 }) });
    const { data } = await provider.delete('departments', { id: 'd1', previousData: { id: 'd1', name: 'Ops' } });
    expect(data).toEqual({ id: 'd1', name: 'Ops' });
  });

  it('calls the non-CRUD endpoints', async () => {
    const { provider, calls } = setup({
      'POST /api/v1/api-keys/k1/revoke': () => json(200, { id: 'k1', revokedAt: '2025-01-01T00:00:00Z' }),
      'POST /api/v1/notifications/n1/read': () => new Response(null, { status: 204 }),
      'POST /api/v1/notifications/read-all': () => new Response(null, { status: 204 }),
      'GET /api/v1/notifications/unread-count': () => json(200, { count: 7 }),
      'POST /api/v1/auth/change-password': () => new Response(null, { status: 204 }),
    });
    await expect(provider.revokeApiKey('k1')).resolves.toMatchObject({ id: 'k1' });
    await provider.markNotificationRead('n1');
    await provider.markAllNotificationsRead();
    await expect(provider.unreadNotificationCount()).resolves.toBe(7);
    await provider.changePassword('old-secret', 'new-secret-1');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'POST /api/v1/api-keys/k1/revoke',
      'POST /api/v1/notifications/n1/read',
      'POST /api/v1/notifications/read-all',
      'GET /api/v1/notifications/unread-count',
      'POST /api/v1/auth/change-password',
    ]);
    expect(calls[4].body).toEqual({ currentPassword: 'old-secret', newPassword: 'new-secret-1' });
  });

  it('sends a bulk customer update as ids and changes and returns the outcome', async () => {
    const outcome = { updated: 2, unchanged: 0, failed: [{ id: 'c3', code: 'not_found', message: 'gone' }] };
    const { provider, calls } = setup({ 'POST /api/v1/customers/bulk-update': () => json(200, outcome) });
    await expect(provider.bulkUpdateCustomers(['c1', 'c2', 'c3'], { ownerId: 'u2' })).resolves.toEqual(outcome);
    expect(calls[0].body).toEqual({ ids: ['c1', 'c2', 'c3'], changes: { ownerId: 'u2' } });
  });

  it('reports a refused bulk update with its field errors', async () => {
    const { provider } = setup({
      'POST /api/v1/customers/bulk-update': () =>
        json(400, problem(400, 'Not your team', [{ field: 'changes.ownerId', message: 'must be your team' }])),
    });
    const error = await provider.bulkUpdateCustomers(['c1'], { ownerId: 'u9' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).body.errors).toMatchObject({ 'changes.ownerId': 'must be your team' });
  });

  it('reads the primary contacts of many customers in one request per 200', async () => {
    const { provider, calls } = setup({
      'GET /api/v1/contacts': (call) => {
        const ids = call.url.searchParams.get('customerId')!.split(',');
        const data = ids.includes('c1') ? [{ id: 'p1', customerId: 'c1', name: '王伟', isPrimary: true }] : [];
        return json(200, { data, total: data.length, page: 1, pageSize: 200 });
      },
    });
    const contacts = await provider.getPrimaryContacts(['c1', 'c2']);
    expect([...contacts.keys()]).toEqual(['c1']);
    expect(contacts.get('c1')?.name).toBe('王伟');
    expect(calls.map((c) => Object.fromEntries(c.url.searchParams))).toEqual([
      { customerId: 'c1,c2', isPrimary: 'true', page: '1', pageSize: '200' },
    ]);
    calls.length = 0;
    await provider.getPrimaryContacts(Array.from({ length: 250 }, (_, i) => `x${i}`));
    expect(calls).toHaveLength(2);
  });

  it('sends every customer filter the list offers as query parameters', async () => {
    const { provider, calls } = setup({
      'GET /api/v1/customers': () => json(200, { data: [], total: 0, page: 1, pageSize: 25 }),
    });
    await provider.getList('customers', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'totalRevenue', order: 'DESC' },
      filter: {
        q: '华信',
        kind: 'enterprise',
        region: 'east_china',
        tags: ['key-account', '华东重点'],
        valueTier: 'vip',
        lifecycleStage: 'decline',
        createdFrom: '2026-01-01',
        lastOrderTo: '2026-11-22',
        deleted: true,
      },
    });
    const params = calls[0].url.searchParams;
    expect(params.get('q')).toBe('华信');
    expect(params.get('sort')).toBe('-totalRevenue');
    expect(params.getAll('tags')).toEqual(['key-account', '华东重点']);
    expect(params.get('createdFrom')).toBe('2026-01-01');
    expect(params.get('lastOrderTo')).toBe('2026-11-22');
    expect(params.get('deleted')).toBe('true');
    expect(params.get('lifecycleStage')).toBe('decline');
  });

  it('sends order lines in the API input shape and only when they changed', async () => {
    const { provider, calls } = setup({
      'PATCH /api/v1/orders/o1': () => json(200, { id: 'o1' }),
    });
    const saved = {
      id: 'o1',
      status: 'draft',
      total: '270.00',
      version: 2,
      lines: [
        {
          id: 'l1',
          productId: 'p1',
          productName: 'Pump',
          quantity: 3,
          unitPrice: '100.00',
          discount: 10,
          lineTotal: '270.00',
        },
      ],
    };
    await provider.update('orders', {
      id: 'o1',
      previousData: saved,
      data: { ...saved, notes: 'Rush', lines: [{ ...saved.lines[0], quantity: '4' }] },
    });
    expect(calls[0].body).toEqual({
      notes: 'Rush',
      lines: [{ productId: 'p1', quantity: 4, unitPrice: '100.00', discount: 10 }],
      version: 2,
    });
    await provider.update('orders', { id: 'o1', previousData: saved, data: { ...saved, notes: 'Rush' } });
    expect(calls[1].body).toEqual({ notes: 'Rush', version: 2 });
  });

  it('runs workflow steps and exports with the list filters', async () => {
    const { provider, calls } = setup({
      'POST /api/v1/orders/o1/cancel': () => json(200, { id: 'o1', status: 'cancelled' }),
      'GET /api/v1/exports/customers': () =>
        new Response('code,name\n', {
          status: 200,
          headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="customers-2026.csv"' },
        }),
    });
    await provider.orderAction('o1', 'cancel', { reason: 'Withdrawn' });
    expect(calls[0].body).toEqual({ reason: 'Withdrawn' });
    const file = await provider.exportRecords(
      'customers',
      'csv',
      { status: 'active', q: 'acme' },
      { field: 'name', order: 'ASC' },
    );
    expect(file.fileName).toBe('customers-2026.csv');
    const params = calls[1].url.searchParams;
    expect(Object.fromEntries(params)).toEqual({ sort: 'name', status: 'active', q: 'acme', format: 'csv' });
  });

  it('calls the webhook endpoints: events, delivery log, one delivery and a test send', async () => {
    const detail = { id: 'd1', webhookId: 'w1', event: 'webhook.test', status: 'succeeded', attempts: [] };
    const { provider, calls } = setup({
      'GET /api/v1/webhooks/events': () =>
        json(200, {
          events: ['customer.created', 'order.confirmed'],
          catalog: [
            { name: 'customer.created', description: 'A customer was created' },
            { name: 'order.confirmed', description: 'An order was confirmed' },
          ],
        }),
      'GET /api/v1/webhooks/w1/deliveries': () =>
        json(200, { data: [{ id: 'd1', event: 'customer.created' }], total: 31, page: 2, pageSize: 10 }),
      'GET /api/v1/webhooks/w1/deliveries/d1': () => json(200, detail),
      'POST /api/v1/webhooks/w1/test': () => json(200, detail),
    });
    await expect(provider.listWebhookEvents()).resolves.toEqual([
      { name: 'customer.created', description: 'A customer was created' },
      { name: 'order.confirmed', description: 'An order was confirmed' },
    ]);
    await expect(provider.listWebhookDeliveries('w1', { page: 2, pageSize: 10, status: 'failed' })).resolves.toEqual({
      data: [{ id: 'd1', event: 'customer.created' }],
      total: 31,
      page: 2,
      pageSize: 10,
    });
    await expect(provider.getWebhookDelivery('w1', 'd1')).resolves.toEqual(detail);
    await expect(provider.testWebhook('w1')).resolves.toEqual(detail);
    expect(calls.map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'GET /api/v1/webhooks/events',
      'GET /api/v1/webhooks/w1/deliveries',
      'GET /api/v1/webhooks/w1/deliveries/d1',
      'POST /api/v1/webhooks/w1/test',
    ]);
    expect(Object.fromEntries(calls[1].url.searchParams)).toEqual({
      page: '2',
      pageSize: '10',
      sort: '-createdAt',
      status: 'failed',
    });
    expect(calls[3].body).toBeUndefined();
  });

  it('never sends the server-owned fields of a webhook in a PATCH', async () => {
    const { provider, calls } = setup({
      'PATCH /api/v1/webhooks/w1': (call) => json(200, { id: 'w1', ...(call.body as object), version: 3 }),
    });
    const previousData = {
      id: 'w1',
      url: 'https://erp.example.com/hooks',
      events: ['customer.created'],
      active: false,
      description: null,
      failureCount: 20,
      disabledAt: '2025-01-02T00:00:00Z',
      lastDeliveryAt: '2025-01-02T00:00:00Z',
      createdById: 'u1',
      version: 2,
    };
    await provider.update('webhooks', {
      id: 'w1',
      // As a form could hand it over: the create response's secret still cached, counters reset locally.
      data: { ...previousData, active: true, failureCount: 0, disabledAt: null, secret: 'whsec_x' },
      previousData,
    });
    expect(calls[0].body).toEqual({ active: true, version: 2 });
  });

  it('creates with only the properties the POST body schema accepts', async () => {
    const { provider, calls } = setup({
      'POST /api/v1/customers': (call) => json(201, { id: 'c1', ...(call.body as object) }),
    });
    // As a form cloned from a shown customer could hand it over: server-computed figures included.
    await provider.create('customers', {
      data: { name: 'Acme Ltd', kind: 'enterprise', id: 'old', totalRevenue: '10.00', orderCount: 3, createdAt: 'x' },
    });
    expect(calls[0].body).toEqual({ name: 'Acme Ltd', kind: 'enterprise' });
  });

  it('never sends a PATCH property that the generated request schema of the resource lacks', async () => {
    const patches = Object.entries(requestBodies).filter(([operation]) => operation.startsWith('PATCH /api/v1/'));
    expect(patches.length).toBeGreaterThan(5);
    const { provider, calls } = setup(
      Object.fromEntries(
        patches.map(([operation]) => [operation.replace('{id}', 'r1'), () => json(200, { id: 'r1', version: 2 })]),
      ),
    );
    for (const [operation, schema] of patches) {
      const resource = operation.split('/')[3];
      const accepted = Object.keys(bodyFields[schema]);
      // Every accepted field changed, plus what records carry and no body accepts.
      const data = Object.fromEntries(accepted.map((field) => [field, `new-${field}`]));
      await provider.update(resource, {
        id: 'r1',
        data: { ...data, id: 'r1', createdAt: 'x', updatedAt: 'y', createdById: 'u1', unknownField: 1 },
        previousData: { id: 'r1', version: 1 },
      });
      const sent = Object.keys(calls.at(-1)!.body as object);
      expect(sent.length, resource).toBeGreaterThan(0);
      expect(accepted, resource).toEqual(expect.arrayContaining(sent));
      if (accepted.includes('version')) expect((calls.at(-1)!.body as { version: number }).version).toBe(1);
    }
  });
});
