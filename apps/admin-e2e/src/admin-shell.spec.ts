import { expect, test } from '@playwright/test';
import { ADMIN, signIn, uniqueEmail, screenshotPath } from './fixtures';

test.describe('admin shell', () => {
  test('shows the sign-in page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('button', { name: /sign in/i })).toBeVisible();
    await page.screenshot({ path: screenshotPath('login.png'), fullPage: true });
  });

  test('refuses a wrong password with the API message', async ({ page }) => {
    await page.goto('/#/login');
    await page.getByLabel(/email/i).fill(ADMIN.email.replace('admin', 'nobody'));
    await page.getByLabel(/password/i).fill('wrong-password');
    await page.getByRole('button', { name: /sign in/i }).click();
    await expect(page.getByText(/invalid email or password/i)).toBeVisible();
  });

  test('an administrator creates a user, then switches to Chinese and sees the menu in Chinese', async ({ page }) => {
    await signIn(page);
    await page.getByRole('link', { name: /^users$/i }).click();
    await page.getByRole('link', { name: /create/i }).click();

    const email = uniqueEmail('rep');
    await page.getByLabel(/^email/i).fill(email);
    await page.getByLabel(/^name/i).fill('Wang Fang');
    await page.getByLabel(/^password/i).fill('Rep-Password-123');
    await page.getByLabel(/account manager/i).check();
    await page.getByRole('button', { name: /save/i }).click();

    // Back on the list (or the record), the new user is there.
    await page.getByRole('link', { name: /^users$/i }).click();
    await expect(page.getByText(email)).toBeVisible();

    await page.getByRole('button', { name: /language/i }).click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();
    await expect(page.getByRole('link', { name: '用户' })).toBeVisible();
    await expect(page.getByRole('link', { name: '部门' })).toBeVisible();
    await expect(page.getByRole('link', { name: '仪表盘' }).first()).toBeVisible();
    await page.screenshot({ path: screenshotPath('menu-zh.png'), fullPage: true });

    // The choice survives a reload.
    await page.reload();
    await expect(page.getByRole('link', { name: '用户' })).toBeVisible();
  });
});
