import { expect, Page } from '@playwright/test';
import { join } from 'node:path';

export const ADMIN = {
  email: process.env.E2E_ADMIN_EMAIL ?? 'admin@e2e.test',
  password: process.env.E2E_ADMIN_PASSWORD ?? 'E2e-Admin-Password-1',
};

export async function signIn(page: Page, email = ADMIN.email, password = ADMIN.password) {
  await page.goto('/#/login');
  await page.getByLabel(/email/i).fill(email);
  await page.getByLabel(/password/i).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByRole('link', { name: /dashboard/i }).first()).toBeVisible();
}

export const uniqueEmail = (prefix: string) => `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@e2e.test`;

// Screenshots people look at after a run, next to Playwright's own results (tmp/e2e-results).
export const screenshotPath = (name: string) => join(__dirname, '../../../tmp/e2e-results', name);
