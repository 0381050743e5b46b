import { expect, type Page, test } from '@playwright/test';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signIn, screenshotPath } from './fixtures';

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

// A receiver on loopback: plain http to a local address is allowed outside production.
let receiver: Server;
const received: Received[] = [];
let hookUrl = '';

test.beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/crm-${Date.now()}`;
});

test.afterAll(() => new Promise<void>((resolve) => receiver.close(() => resolve())));

// Screenshots wait for dialogs and menus to finish their transitions.
const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

test('an administrator creates a webhook, keeps its secret, sends a test and finds it in the delivery log', async ({
  page,
}) => {
  await signIn(page);
  await page.getByRole('link', { name: /^webhooks$/i }).click();
  await page.getByRole('link', { name: /^create$/i }).click();

  await page.getByLabel(/^url/i).fill(hookUrl);
  await page.getByLabel(/^events/i).click();
  await page.getByRole('option', { name: /^customer\.created — / }).click();
  await page.getByLabel(/^description/i).fill('E2E receiver');
  await page.screenshot({ path: screenshotPath('webhook-create.png'), fullPage: true });
  await page.getByRole('button', { name: /^save$/i }).click();

  // The signing secret is shown once, right after saving.
  const dialog = page.getByRole('dialog', { name: 'Webhook created' });
  await expect(dialog).toBeVisible();
  const secret = await dialog.getByLabel('Signing secret').inputValue();
  expect(secret.length).toBeGreaterThanOrEqual(16);
  await settled(page);
  await page.screenshot({ path: screenshotPath('webhook-secret.png'), fullPage: true });
  await dialog.getByRole('button', { name: /^close$/i }).click();

  await expect(page).toHaveURL(/#\/webhooks\/[^/]+\/show/);
  await expect(page.getByText('E2E receiver')).toBeVisible();
  await expect(page.getByText(secret)).toHaveCount(0);

  await page.getByRole('button', { name: 'Send test' }).click();
  await expect(page.getByText(/^Test delivered: HTTP 200 in \d+ ms$/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('webhook-show.png'), fullPage: true });

  // What the receiver got is signed with the secret shown at creation.
  const sent = received.find((r) => r.headers['x-crm-event'] === 'webhook.test');
  expect(sent).toBeDefined();
  const timestamp = String(sent!.headers['x-crm-timestamp']);
  const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${sent!.body}`).digest('hex')}`;
  expect(sent!.headers['x-crm-signature']).toBe(expected);

  await page.getByRole('tab', { name: 'Delivery log' }).click();
  const row = page.getByRole('table', { name: 'Deliveries' }).getByRole('row').filter({ hasText: 'webhook.test' });
  await expect(row).toContainText('Succeeded');
  await expect(row).toContainText('HTTP 200');
  await page.screenshot({ path: screenshotPath('webhook-deliveries.png'), fullPage: true });

  await row.getByRole('button', { name: 'View attempts' }).click();
  const delivery = page.getByRole('dialog', { name: 'Delivery: webhook.test' });
  const attempts = delivery.getByRole('table', { name: 'Attempts' });
  await expect(attempts.getByRole('row')).toHaveCount(2);
  await expect(attempts).toContainText('200');
  await expect(delivery).toContainText(String(sent!.headers['x-crm-delivery']));
  await settled(page);
  await page.screenshot({ path: screenshotPath('webhook-attempts.png'), fullPage: true });
  await delivery.getByRole('button', { name: /^close$/i }).click();

  await page.getByRole('link', { name: /^webhooks$/i }).click();
  await expect(page.getByRole('row').filter({ hasText: hookUrl })).toContainText('Active');
  await page.screenshot({ path: screenshotPath('webhook-list.png'), fullPage: true });

  // The same screens in Chinese.
  await page.getByRole('button', { name: /language/i }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  const listRow = page.getByRole('row').filter({ hasText: hookUrl });
  await expect(listRow).toContainText('已启用');
  await page.screenshot({ path: screenshotPath('webhook-list-zh.png'), fullPage: true });
  await listRow.getByText(hookUrl).click();
  await page.getByRole('tab', { name: '投递日志' }).click();
  await expect(page.getByRole('table', { name: '投递记录' })).toContainText('成功');
  await page.screenshot({ path: screenshotPath('webhook-deliveries-zh.png'), fullPage: true });
  await page.getByRole('link', { name: '编辑' }).click();
  await expect(page.getByLabel(/^回调地址/)).toHaveValue(hookUrl);
  await page.screenshot({ path: screenshotPath('webhook-edit-zh.png'), fullPage: true });

  await page.goto('/#/webhooks/create');
  await page.getByLabel(/^回调地址/).fill(`${hookUrl}-zh`);
  await page.getByLabel(/^事件/).click();
  await page.getByRole('option', { name: '全部 customer 事件（customer.*）' }).click();
  await page.screenshot({ path: screenshotPath('webhook-create-zh.png'), fullPage: true });
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('dialog', { name: '事件推送已创建' })).toBeVisible();
  await settled(page);
  await page.screenshot({ path: screenshotPath('webhook-secret-zh.png'), fullPage: true });
});
