import { APIRequestContext, expect, test } from '@playwright/test';
import { ADMIN, screenshotPath, signIn, uniqueEmail } from './fixtures';

const API = `http://127.0.0.1:${process.env.E2E_API_PORT ?? '3300'}/api/v1`;
const PASSWORD = 'Perm-Password-123';

async function adminHeaders(request: APIRequestContext) {
  const login = await request.post(`${API}/auth/login`, { data: ADMIN });
  expect(login.ok(), await login.text()).toBeTruthy();
  return { authorization: `Bearer ${((await login.json()) as { accessToken: string }).accessToken}` };
}

async function createUser(request: APIRequestContext, role: string) {
  const headers = await adminHeaders(request);
  const email = uniqueEmail(role);
  const created = await request.post(`${API}/users`, {
    headers,
    data: { email, name: `Test ${role}`, password: PASSWORD, roles: [role] },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  return email;
}

// The admin shows only what /auth/me's permissions allow: an executive reads customers but gets no
// create form (the save would fail), an account manager creates them.
test('an executive sees no Create button on customers and /customers/create says it is not permitted', async ({
  page,
  request,
}) => {
  const customer = `Permissions Probe ${Date.now()}`;
  const created = await request.post(`${API}/customers`, {
    headers: await adminHeaders(request),
    data: { name: customer },
  });
  expect(created.ok(), await created.text()).toBeTruthy();
  const email = await createUser(request, 'executive');
  await signIn(page, email, PASSWORD);
  await page.getByRole('link', { name: /^customers$/i }).click();
  await expect(page.getByRole('row').filter({ hasText: customer })).toBeVisible();
  await expect(page.getByRole('link', { name: /^create$/i })).toHaveCount(0);
  await expect(page.getByRole('link', { name: /^import$/i })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('permissions-executive-customers.png'), fullPage: true });

  await page.goto('/#/customers/create');
  await expect(page.getByRole('alert').getByText('Not permitted')).toBeVisible();
  await expect(page.getByLabel(/^name/i)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /save/i })).toHaveCount(0);
  await page.screenshot({ path: screenshotPath('permissions-executive-create.png'), fullPage: true });
});

test('an account manager sees Create and opens the customer form', async ({ page, request }) => {
  const email = await createUser(request, 'account_manager');
  await signIn(page, email, PASSWORD);
  await page.getByRole('link', { name: /^customers$/i }).click();
  await page.getByRole('link', { name: /^create$/i }).click();
  await expect(page).toHaveURL(/#\/customers\/create/);
  await expect(page.getByRole('button', { name: /save/i })).toBeVisible();
  await page.screenshot({ path: screenshotPath('permissions-account-manager-create.png'), fullPage: true });
});

test('an administrator creates an API key with scopes chosen from the catalog', async ({ page }) => {
  await signIn(page);
  await page.goto('/#/api-keys/create');
  await expect(page.getByRole('group', { name: 'Customers and orders' })).toBeVisible();
  await page.getByLabel(/^name/i).fill(`BI export ${Date.now()}`);
  await page.getByLabel(/\(customers\.read\)/).check();
  await page.getByLabel(/\(orders\.export\)/).check();
  await page.screenshot({ path: screenshotPath('permissions-api-key-scopes.png'), fullPage: true });
  await page.getByRole('button', { name: /save/i }).click();
  await expect(page.getByText('API key created')).toBeVisible();
});
