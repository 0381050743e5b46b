import { APIRequestContext, expect, Page, test } from '@playwright/test';
import { ADMIN, screenshotPath, signIn, uniqueEmail } from './fixtures';

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? '3300'}/api/v1`;

// Everything this spec creates carries the run id, so the list can be narrowed to it.
const run = `${Date.now() % 1e8}`;
const rep = { name: `Zhao Min ${run}`, email: uniqueEmail('zhao.min') };
const customers = [
  {
    name: `上海华信贸易有限公司 ${run}`,
    address: '上海市浦东新区世纪大道100号\n环球金融中心 25 楼',
    region: 'east_china',
    phone: '+86 21 5555 0123',
  },
  {
    name: `Acme Robotics GmbH ${run}`,
    address: 'Hauptstraße 5\n10115 Berlin, Germany',
    phone: '+49 30 1234 5678',
  },
  { name: `No Address Trading ${run}`, phone: '+86 10 8888 0000' },
];

const settled = (page: Page) =>
  page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));

async function seed(request: APIRequestContext) {
  const login = await request.post(`${API}/auth/login`, { data: ADMIN });
  expect(login.ok(), await login.text()).toBeTruthy();
  const headers = { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
  const user = await request.post(`${API}/users`, {
    headers,
    data: { ...rep, password: 'Rep-Password-123', roles: ['account_manager'] },
  });
  expect(user.ok(), await user.text()).toBeTruthy();
  for (const data of customers) {
    const created = await request.post(`${API}/customers`, { headers, data });
    expect(created.ok(), await created.text()).toBeTruthy();
    if (data.region) {
      const { id } = (await created.json()) as { id: string };
      const contact = await request.post(`${API}/contacts`, {
        headers,
        data: { customerId: id, name: '王伟', isPrimary: true },
      });
      expect(contact.ok(), await contact.text()).toBeTruthy();
    }
  }
}

/** The customer list narrowed to this run's customers, all of them selected. */
async function selectRunCustomers(page: Page) {
  await page.goto(`/#/customers?filter=${encodeURIComponent(JSON.stringify({ q: run }))}`);
  await expect(page.getByRole('row').filter({ hasText: run })).toHaveCount(3);
  await page.getByRole('checkbox', { name: /select all|全选/i }).check();
}

test('assigns an owner to three customers at once and prints their mailing labels', async ({ page, request }) => {
  await seed(request);
  await signIn(page);

  await selectRunCustomers(page);
  await page.getByRole('button', { name: 'Assign owner' }).click();
  const dialog = page.getByRole('dialog', { name: 'Assign an owner to 3 customers' });
  await dialog.getByLabel(/^owner/i).fill(rep.name);
  await page.getByRole('option', { name: rep.name }).click();
  await settled(page);
  await page.screenshot({ path: screenshotPath('customer-bulk-assign-dialog.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Apply' }).click();

  await expect(page.getByText('3 customers updated')).toBeVisible();
  await expect(dialog).toBeHidden();
  for (const { name } of customers)
    await expect(page.getByRole('row').filter({ hasText: name })).toContainText(rep.name);
  await page.screenshot({ path: screenshotPath('customer-bulk-assigned.png'), fullPage: true });

  // Mailing labels for the same three: two labels, the customer without an address named as skipped.
  await page.getByRole('checkbox', { name: /select all/i }).check();
  await page.getByRole('button', { name: 'Print labels' }).click();
  await expect(page).toHaveURL(/#\/customers\/labels\?ids=/);
  const labels = page.getByTestId('mailing-label');
  await expect(labels).toHaveCount(2);
  const chinese = labels.filter({ hasText: customers[0].name });
  await expect(chinese).toContainText('Attn: 王伟');
  await expect(chinese).toContainText('East China');
  await expect(page.getByTestId('labels-skipped')).toContainText(customers[2].name);
  await expect(page.getByRole('button', { name: 'Print' })).toBeEnabled();
  await page.screenshot({ path: screenshotPath('customer-labels.png'), fullPage: true });

  // What goes to the printer: the sheet alone, on one A4 page.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
  await page.screenshot({ path: screenshotPath('customer-labels-print.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });

  // The same in Chinese.
  await page.getByRole('button', { name: 'Back to customers' }).click();
  await page.getByRole('button', { name: /language/i }).click();
  await page.getByRole('menuitem', { name: '简体中文' }).click();
  await selectRunCustomers(page);
  await expect(page.getByRole('button', { name: '分配负责人' })).toBeVisible();
  await settled(page);
  // Full-page shots are taken from the top; a click above may have scrolled the window.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: screenshotPath('customer-bulk-zh.png'), fullPage: true });
  await page.getByRole('button', { name: '打印邮寄标签' }).click();
  await expect(page.getByTestId('mailing-label').filter({ hasText: customers[0].name })).toContainText('王伟 收');
  await expect(page.getByTestId('labels-skipped')).toContainText('未打印（无地址）');
  await page.screenshot({ path: screenshotPath('customer-labels-zh.png'), fullPage: true });
});
