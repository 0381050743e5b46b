import { INestApplicationContext } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Role } from '../auth/roles';
import { TestContext, createTestApp, createTestWorker, deleteRedisKeys, loginAs, waitFor } from '../testing';
import { User } from '../users/user.entity';
import { registerMessages, type MessageKey } from '../i18n/translate';
import { defineWebhookEvent } from './webhook-events';
import { verifyWebhookSignature } from './webhook-signature';
import { WebhookDelivery, WebhookDeliveryAttempt } from './webhook-delivery.entity';
import { Webhook } from './webhook.entity';

type Headers = { Authorization: string };

// A module of its own registers an event, as a lib does at load time.
registerMessages({
  en: { 'webhook_event.test_widget_built': 'A widget was built' },
  zh: { 'webhook_event.test_widget_built': '造好了一个部件' },
});
const WidgetBuilt = defineWebhookEvent<{ id: string }>('test_widget.built', {
  description: 'webhook_event.test_widget_built' as MessageKey,
});

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

describe('webhooks', () => {
  let ctx: TestContext;
  let worker: INestApplicationContext;
  let admin: { user: User; headers: Headers };
  let receiver: Server;
  let base: string;
  const received: Received[] = [];

  beforeAll(async () => {
    // Small numbers so retries and disabling happen within a test.
    ctx = await createTestApp({
      env: { WEBHOOK_MAX_ATTEMPTS: '3', WEBHOOK_RETRY_DELAY_MS: '20', WEBHOOK_DISABLE_AFTER_FAILURES: '2' },
    });
    worker = await createTestWorker(ctx.runtime);
    admin = await loginAs(ctx, Role.Admin);
    // A receiver: /ok accepts, /fail answers 500, /redirect points elsewhere.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ path: req.url ?? '', headers: req.headers, body });
        if (req.url?.startsWith('/ok')) res.writeHead(200, { 'content-type': 'text/plain' }).end('thanks');
        else if (req.url?.startsWith('/redirect'))
          res.writeHead(302, { location: 'https://elsewhere.example/x' }).end();
        else res.writeHead(500).end('receiver broke');
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await worker?.close();
    await ctx?.close();
    await new Promise((r) => receiver?.close(r));
    if (ctx) await deleteRedisKeys(ctx.config.redis.url, ctx.config.redis.prefix);
  });

  const createWebhook = async (path: string, events: string[]) => {
    const res = await ctx.http
      .post('/api/v1/webhooks')
      .set(admin.headers)
      .send({ url: `${base}${path}`, events })
      .expect(201);
    return res.body as { id: string; secret: string; version: number };
  };
  const deliveriesOf = (webhookId: string) =>
    ctx.ds.getRepository(WebhookDelivery).find({ where: { webhookId }, order: { createdAt: 'ASC' } });
  const emit = (event: string, payload: object) => ctx.app.get(EventEmitter2).emit(event, payload);

  it('delivers a domain event to the receiver, signed with the secret, and logs the delivery', async () => {
    const hook = await createWebhook('/ok/customers', ['customer.created']);
    const other = await createWebhook('/ok/orders', ['order.*']);
    expect(hook.secret).toMatch(/^whsec_/);

    emit('customer.created', { id: '0b6f1c2e-8f6a-4a57-9d7e-3f1c2e8f6a4a' });
    const request = await waitFor(
      async () => received.find((r) => r.path === '/ok/customers'),
      'the receiver to get the delivery',
      20_000,
    );

    const body = JSON.parse(request.body);
    expect(body).toEqual({
      id: expect.any(String),
      event: 'customer.created',
      occurredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      data: { id: '0b6f1c2e-8f6a-4a57-9d7e-3f1c2e8f6a4a' },
    });
    expect(request.headers).toMatchObject({
      'content-type': 'application/json',
      'x-crm-event': 'customer.created',
      'x-crm-delivery': body.id,
      'x-crm-timestamp': expect.stringMatching(/^\d+$/),
      'x-crm-signature': expect.stringMatching(/^sha256=[0-9a-f]{64}$/),
    });
    const signature = request.headers['x-crm-signature'] as string;
    const timestamp = request.headers['x-crm-timestamp'] as string;
    expect(verifyWebhookSignature(hook.secret, timestamp, request.body, signature)).toBe(true);
    expect(verifyWebhookSignature(other.secret, timestamp, request.body, signature)).toBe(false);

    const log = await waitFor(
      async () => {
        const res = await ctx.http.get(`/api/v1/webhooks/${hook.id}/deliveries`).set(admin.headers).expect(200);
        return res.body.data[0]?.status === 'succeeded' && res.body;
      },
      'the delivery to be logged as succeeded',
      20_000,
    );
    expect(log.total).toBe(1);
    expect(log.data[0]).toMatchObject({
      id: body.id,
      event: 'customer.created',
      status: 'succeeded',
      attempt: 1,
      responseStatus: 200,
      responseBody: 'thanks',
      error: null,
      durationMs: expect.any(Number),
      deliveredAt: expect.any(String),
    });
    const webhook = await ctx.http.get(`/api/v1/webhooks/${hook.id}`).set(admin.headers).expect(200);
    expect(webhook.body).toMatchObject({ failureCount: 0, lastDeliveryAt: expect.any(String), active: true });
    expect(webhook.body).not.toHaveProperty('secret');
    // The order.* webhook was not sent the customer event; nor are unknown events sent anywhere.
    emit('customer.viewed', { id: 'x' });
    expect(await deliveriesOf(other.id)).toEqual([]);
  });

  it('delivers the events the API emits, e.g. when a customer is updated', async () => {
    const hook = await createWebhook('/ok/updates', ['customer.*']);
    const created = await ctx.http
      .post('/api/v1/customers')
      .set(admin.headers)
      .send({ name: 'Webhook Trading Co' })
      .expect(201);
    await ctx.http
      .patch(`/api/v1/customers/${created.body.id}`)
      .set(admin.headers)
      .send({ phone: '+86 21 5555 0100', version: created.body.version })
      .expect(200);
    const bodies = await waitFor(
      async () => {
        const got = received.filter((r) => r.path === '/ok/updates').map((r) => JSON.parse(r.body));
        return got.length === 2 && got;
      },
      'both customer events',
      20_000,
    );
    expect(bodies.map((b) => b.event).sort()).toEqual(['customer.created', 'customer.updated']);
    expect(bodies.every((b) => b.data.id === created.body.id)).toBe(true);
    void hook;
  });

  it('retries a failing endpoint with every attempt logged, then disables the webhook and tells the admins', async () => {
    const hook = await createWebhook('/fail', ['payment.received']);
    emit('payment.received', { id: 'p1', orderId: 'o1', customerId: 'c1', amount: '10.00' });
    emit('payment.received', { id: 'p2', orderId: 'o1', customerId: 'c1', amount: '20.00' });

    const disabled = await waitFor(
      async () => (await ctx.ds.getRepository(Webhook).findOneBy({ id: hook.id, active: false })) ?? undefined,
      'the webhook to be disabled',
      20_000,
    );
    expect(disabled).toMatchObject({ failureCount: 2, disabledAt: expect.any(Date) });
    const deliveries = await deliveriesOf(hook.id);
    expect(deliveries).toHaveLength(2);
    for (const d of deliveries) {
      expect(d).toMatchObject({ status: 'failed', attempt: 3, responseStatus: 500, error: 'HTTP 500' });
      const detail = await ctx.http
        .get(`/api/v1/webhooks/${hook.id}/deliveries/${d.id}`)
        .set(admin.headers)
        .expect(200);
      expect(detail.body.attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3]);
      expect(detail.body.attempts.every((a: WebhookDeliveryAttempt) => !a.succeeded && a.responseStatus === 500)).toBe(
        true,
      );
      expect(detail.body.attempts[0].responseBody).toBe('receiver broke');
    }
    // The receiver saw the same delivery id on each retry.
    const ids = received.filter((r) => r.path === '/fail').map((r) => r.headers['x-crm-delivery']);
    expect(new Set(ids)).toEqual(new Set(deliveries.map((d) => d.id)));
    expect(ids).toHaveLength(6);

    // Every admin is told, in the app and by mail.
    const note = await waitFor(
      async () => {
        const rows = await ctx.ds.query(`SELECT title, link FROM notifications WHERE user_id = $1 AND type = $2`, [
          admin.user.id,
          'webhook.disabled',
        ]);
        return rows[0];
      },
      'the admin notification',
      20_000,
    );
    expect(note).toMatchObject({
      title: expect.stringContaining('disabled after 2 failed deliveries'),
      link: `/webhooks/${hook.id}/show`,
    });
    const mailDir = join(ctx.config.dataDir, 'mail');
    const mail = await waitFor(async () => {
      for (const file of await readdir(mailDir).catch(() => [] as string[])) {
        const text = await readFile(join(mailDir, file), 'utf8');
        if (text.includes(`To: ${admin.user.email}`) && text.includes('disabled after 2 failed')) return text;
      }
      return undefined;
    }, 'the notification mail');
    expect(mail).not.toContain(hook.secret);
    const [audit] = await ctx.ds.query(
      `SELECT changes FROM audit_log WHERE entity = 'webhooks' AND entity_id = $1 AND action = 'update'`,
      [hook.id],
    );
    expect(audit.changes.active).toEqual({ before: true, after: false });

    // Disabled: new events are not recorded for it.
    emit('payment.received', { id: 'p3', orderId: 'o1', customerId: 'c1', amount: '30.00' });
    await new Promise((r) => setTimeout(r, 200));
    expect(await deliveriesOf(hook.id)).toHaveLength(2);

    // Re-enabled with PATCH active=true: a fresh failure count.
    const enabled = await ctx.http
      .patch(`/api/v1/webhooks/${hook.id}`)
      .set(admin.headers)
      .send({ active: true, version: disabled.version })
      .expect(200);
    expect(enabled.body).toMatchObject({ active: true, failureCount: 0, disabledAt: null });
  });

  it('resets the failure count after a successful delivery', async () => {
    const hook = await createWebhook('/fail', ['order.confirmed']);
    emit('order.confirmed', { id: 'o1', customerId: 'c1' });
    await waitFor(
      async () => (await ctx.ds.getRepository(Webhook).findOneBy({ id: hook.id, failureCount: 1 })) ?? undefined,
      'the failure to be counted',
    );
    await ctx.http
      .patch(`/api/v1/webhooks/${hook.id}`)
      .set(admin.headers)
      .send({ url: `${base}/ok/recovered`, version: hook.version })
      .expect(200);
    emit('order.confirmed', { id: 'o2', customerId: 'c1' });
    const recovered = await waitFor(
      async () => (await ctx.ds.getRepository(Webhook).findOneBy({ id: hook.id, failureCount: 0 })) ?? undefined,
      'the count to be reset',
    );
    expect(recovered.active).toBe(true);
  });

  it('sends a webhook.test event at once and answers with the outcome', async () => {
    const hook = await createWebhook('/ok/test', ['order.created']);
    const res = await ctx.http.post(`/api/v1/webhooks/${hook.id}/test`).set(admin.headers).expect(200);
    expect(res.body).toMatchObject({
      event: 'webhook.test',
      status: 'succeeded',
      attempt: 1,
      responseStatus: 200,
      data: { webhookId: hook.id },
      attempts: [{ attempt: 1, succeeded: true, responseStatus: 200 }],
    });
    const request = received.find((r) => r.path === '/ok/test')!;
    expect(request.headers['x-crm-event']).toBe('webhook.test');
    expect(
      verifyWebhookSignature(
        hook.secret,
        request.headers['x-crm-timestamp'] as string,
        request.body,
        request.headers['x-crm-signature'] as string,
      ),
    ).toBe(true);

    // A redirect is a failure and is not followed; a test does not count towards disabling.
    const moved = await createWebhook('/redirect', ['order.created']);
    const failed = await ctx.http.post(`/api/v1/webhooks/${moved.id}/test`).set(admin.headers).expect(200);
    expect(failed.body).toMatchObject({
      status: 'failed',
      responseStatus: 302,
      error: 'redirect (302 to https://elsewhere.example/x) not followed',
    });
    const after = await ctx.http.get(`/api/v1/webhooks/${moved.id}`).set(admin.headers).expect(200);
    expect(after.body.failureCount).toBe(0);
  });

  it('validates webhooks and keeps them to admins', async () => {
    const bad = await ctx.http
      .post('/api/v1/webhooks')
      .set(admin.headers)
      .send({ url: 'http://8.8.8.8/hook', events: ['customer.created', 'customer.exploded'] })
      .expect(400);
    expect(bad.body.errors).toEqual([{ field: 'url', message: expect.stringContaining('must use https') }]);
    const events = await ctx.http
      .post('/api/v1/webhooks')
      .set(admin.headers)
      .send({ url: 'https://hooks.example.com/crm', events: ['customer.created', 'customer.exploded'] })
      .expect(400);
    expect(events.body.errors[0]).toMatchObject({
      field: 'events',
      message: expect.stringContaining('customer.exploded'),
    });
    await ctx.http
      .post('/api/v1/webhooks')
      .set(admin.headers)
      .send({ url: 'https://hooks.example.com/crm', events: ['*'], secret: 'short' })
      .expect(400);
    const list = await ctx.http.get('/api/v1/webhooks').set(admin.headers).expect(200);
    expect(list.body.data.every((w: object) => !('secret' in w))).toBe(true);
    const catalogue = await ctx.http.get('/api/v1/webhooks/events').set(admin.headers).expect(200);
    expect(catalogue.body.events).toEqual(
      expect.arrayContaining(['customer.created', 'order.confirmed', 'payment.received', WidgetBuilt]),
    );
    expect(catalogue.body.catalog).toEqual(
      expect.arrayContaining([
        { name: 'customer.created', description: 'A customer was created' },
        { name: 'test_widget.built', description: 'A widget was built' },
      ]),
    );
    const zh = await ctx.http
      .get('/api/v1/webhooks/events')
      .set(admin.headers)
      .set('Accept-Language', 'zh-CN')
      .expect(200);
    expect(zh.body.catalog).toEqual(
      expect.arrayContaining([
        { name: 'order.confirmed', description: '订单已确认' },
        { name: 'test_widget.built', description: '造好了一个部件' },
      ]),
    );
    await ctx.http
      .post('/api/v1/webhooks')
      .set(admin.headers)
      .send({ url: 'https://hooks.example.com/widgets', events: ['test_widget.*'] })
      .expect(201);

    const manager = await loginAs(ctx, Role.SalesManager);
    await ctx.http.get('/api/v1/webhooks').set(manager.headers).expect(403);
    await ctx.http
      .post('/api/v1/webhooks')
      .set(manager.headers)
      .send({ url: 'https://hooks.example.com/crm', events: ['*'] })
      .expect(403);
    await ctx.http.get('/api/v1/webhooks/00000000-0000-4000-8000-000000000000').set(admin.headers).expect(404);
    await ctx.http.delete(`/api/v1/webhooks/${list.body.data[0].id}`).set(admin.headers).expect(204);
  });
});
