import { expect, type Page, test } from '@playwright/test';
import { ADMIN, signIn } from './fixtures';

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? '3300'}/api/v1`;
const run = `${Date.now()}-${Math.floor(Math.random() * 1e4)}`;
let customerId = '';
let orderId = '';

// Whatever the browser reports as an error or warning (React, MUI, failed requests, uncaught exceptions).
function collectConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => messages.push(`uncaught: ${error.message}`));
  return messages;
}

test.beforeAll(async ({ request }) => {
  const login = await request.post(`${API}/auth/login`, { data: ADMIN });
  expect(login.ok(), await login.text()).toBeTruthy();
  const { accessToken } = (await login.json()) as { accessToken: string };
  const headers = { authorization: `Bearer ${accessToken}` };
  const post = async (path: string, data: object) => {
    const response = await request.post(`${API}/${path}`, { headers, data });
    expect(response.ok(), await response.text()).toBeTruthy();
    return (await response.json()) as { id: string };
  };
  const product = await post('products', {
    code: `E2E-C-${run}`,
    name: `Console Widget ${run}`,
    listPrice: '80.00',
    cost: '50.00',
    stockOnHand: 10,
  });
  customerId = (await post('customers', { name: `Console Check ${run}` })).id;
  orderId = (await post('orders', { customerId, currency: 'CNY', lines: [{ productId: product.id, quantity: 2 }] })).id;
});

test('the main pages leave nothing in the browser console', async ({ page }) => {
  const messages = collectConsole(page);
  await signIn(page);

  await page.goto('/#/customers');
  await expect(page.getByText(`Console Check ${run}`).first()).toBeVisible();

  await page.goto(`/#/customers/${customerId}/show`);
  await expect(page.getByRole('heading', { name: `Console Check ${run}` })).toBeVisible();
  for (const tab of ['Contacts', 'Timeline', 'Orders & payments', 'History']) {
    await page.getByRole('tab', { name: tab, exact: true }).click();
    await expect(page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  await page.goto(`/#/orders/${orderId}`);
  await expect(page.getByRole('link', { name: `Console Check ${run}` })).toBeVisible();
  await expect(page.getByLabel('Quantity').first()).toHaveValue('2');
  await page.getByRole('button', { name: /^save$/i }).waitFor();

  expect(messages).toEqual([]);
});
