import { expect, test } from '@playwright/test';
import { ADMIN, signIn, uniqueEmail, screenshotPath } from './fixtures';

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? '3300'}/api/v1`;

// One product for the order line, made through the API: the journey is about customers, not the catalog.
const run = `${Date.now()}-${Math.floor(Math.random() * 1e4)}`;
const product = { code: `E2E-P-${run}`, name: `E2E Widget ${run}` };

test.describe('customer journey', () => {
  test.beforeAll(async ({ request }) => {
    const login = await request.post(`${API}/auth/login`, { data: ADMIN });
    expect(login.ok(), await login.text()).toBeTruthy();
    const { accessToken } = (await login.json()) as { accessToken: string };
    const created = await request.post(`${API}/products`, {
      headers: { authorization: `Bearer ${accessToken}` },
      data: { ...product, listPrice: '100.00', cost: '60.00', stockOnHand: 50 },
    });
    expect(created.ok(), await created.text()).toBeTruthy();
  });

  test('creates a customer, adds a contact and a paid order, and sees them on the timeline', async ({ page }) => {
    const customerName = `E2E Trading ${Date.now()}`;
    const contactName = 'Li Wei';
    const contactEmail = uniqueEmail('li.wei');

    await signIn(page);

    // 1. The customer.
    await page.getByRole('link', { name: /^customers$/i }).click();
    await page.getByRole('link', { name: /^create$/i }).click();
    await page.getByLabel(/^name/i).fill(customerName);
    await page.getByRole('button', { name: /^save$/i }).click();
    await expect(page).toHaveURL(/#\/customers\/[^/]+\/show/);
    await expect(page.getByRole('heading', { name: customerName })).toBeVisible();

    // 2. A contact, from the customer's Contacts tab.
    await page.getByRole('tab', { name: 'Contacts', exact: true }).click();
    await page.getByRole('button', { name: 'Add contact', exact: true }).click();
    const contactDialog = page.getByRole('dialog', { name: 'New contact' });
    await contactDialog.getByLabel(/^name/i).fill(contactName);
    await contactDialog.getByLabel('Buying-center role').click();
    await page.getByRole('option', { name: 'Decider', exact: true }).click();
    await contactDialog.getByLabel(/^email/i).fill(contactEmail);
    await contactDialog.getByRole('button', { name: /^save$/i }).click();
    await expect(contactDialog).toBeHidden();
    const contactRow = page.getByRole('row').filter({ hasText: contactName });
    await expect(contactRow).toBeVisible();
    await expect(contactRow).toContainText(contactEmail);
    await expect(contactRow).toContainText('Decider');

    // 3. An order for the customer, from its Orders & payments tab: one line, 2 × 100.00.
    await page.getByRole('tab', { name: 'Orders & payments' }).click();
    await page.getByRole('link', { name: 'New order', exact: true }).click();
    await expect(page).toHaveURL(/#\/orders\/create/);
    await expect(page.getByLabel(/^customer/i)).toHaveValue(customerName);
    await page.getByLabel(/^product/i).fill(product.code);
    await page.getByRole('option', { name: `${product.code} · ${product.name}` }).click();
    await expect(page.getByLabel(/^unit price/i)).toHaveValue('100.00');
    await page.getByLabel(/^quantity/i).fill('2');
    await expect(page.getByTestId('preview-total')).toHaveText('200.00 CNY');
    await page.getByRole('button', { name: /^save$/i }).click();

    await expect(page).toHaveURL(/#\/orders\/[^/]+\/show/);
    const orderNumber = page.getByText(/^SO-\d{4}-\d+$/);
    await expect(orderNumber).toBeVisible();
    const number = (await orderNumber.textContent())!.trim();
    await expect(page.getByText('Draft', { exact: true })).toBeVisible();

    // 4. Confirm it, then record part of the total.
    // Confirming locks the lines, so it asks first.
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    const confirmDialog = page.getByRole('dialog', { name: `Confirm order ${number}?` });
    await confirmDialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await expect(page.getByText('Order confirmed', { exact: true })).toBeVisible();
    await expect(page.getByText('Confirmed', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Record payment', exact: true }).click();
    const paymentDialog = page.getByRole('dialog', { name: 'Record a payment' });
    await expect(paymentDialog.getByText('Outstanding: 200.00 CNY')).toBeVisible();
    await paymentDialog.getByLabel(/^amount/i).fill('80.00');
    await paymentDialog.getByLabel(/^paid on/i).fill(localDateTime(new Date()));
    await paymentDialog.getByLabel(/^method/i).click();
    await page.getByRole('option', { name: 'Cash', exact: true }).click();
    await paymentDialog.getByRole('button', { name: /^save$/i }).click();
    await expect(paymentDialog).toBeHidden();

    // The header's paid and outstanding amounts follow, and the payment is listed.
    await expect(page.getByText('80.00 CNY', { exact: true })).toBeVisible();
    await expect(page.getByText('120.00 CNY', { exact: true })).toBeVisible();
    await expect(page.getByRole('row').filter({ hasText: 'Cash' })).toContainText('80.00');

    // 5. Back on the customer (the order header links to it): the order with its paid and outstanding
    // amounts, the payment, and the timeline telling the story.
    await page.getByRole('link', { name: customerName }).click();
    await expect(page).toHaveURL(/#\/customers\/[^/]+\/show/);
    await page.getByRole('tab', { name: 'Orders & payments' }).click();
    const orderRow = page.getByRole('row').filter({ hasText: number }).filter({ hasText: 'Confirmed' });
    await expect(orderRow).toContainText('200.00 CNY');
    await expect(orderRow).toContainText('80.00');
    await expect(orderRow).toContainText('120.00');
    await expect(page.getByRole('row').filter({ hasText: 'Cash' })).toContainText('80.00');

    await page.getByRole('tab', { name: 'Timeline' }).click();
    const timeline = page.getByRole('list', { name: 'Timeline' });
    // Each entry is a button holding its title, date and summary.
    const entry = (title: string) =>
      timeline.getByRole('button').filter({ has: page.getByText(title, { exact: true }) });
    // One entry per business event: the order at its latest step, carrying the stage change it caused.
    await expect(entry(`Order ${number} confirmed`)).toContainText('200.00 CNY');
    await expect(entry(`Order ${number} confirmed`)).toContainText('Exploration → Formation');
    await expect(entry(`Order ${number} created`)).toHaveCount(0);
    await expect(timeline.getByRole('button')).toHaveCount(3);
    await expect(entry('Payment of 80.00 CNY')).toContainText(`Order ${number} · Cash`);
    await page.screenshot({
      path: screenshotPath('customer-timeline.png'),
      fullPage: true,
      animations: 'disabled',
    });
  });
});

/** The value a datetime-local input takes: the given time in the browser's zone, to the minute. */
function localDateTime(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
