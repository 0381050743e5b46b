import { createApiClient } from '@crm/api-client';
import { render, screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { type AuthProvider, localStorageStore } from 'react-admin';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CrmAdmin } from './App';
import { createI18nProvider } from './i18n/i18nProvider';
import { createAuthProvider } from './providers/authProvider';
import { Session } from './providers/session';
import { fakeDataProvider } from './test/fakeDataProvider';
import { fakeAuthProvider } from './test/TestAdmin';

const BASE = 'http://api.test';
const AUTH_METHODS = ['checkAuth', 'getPermissions', 'getIdentity', 'logout', 'checkError'] as const;

/** Wraps an auth provider so every call to the methods react-admin drives on boot is counted. */
function counting(provider: AuthProvider) {
  const calls = Object.fromEntries(AUTH_METHODS.map((m) => [m, 0])) as Record<(typeof AUTH_METHODS)[number], number>;
  const wrapped: AuthProvider = { ...provider };
  for (const method of AUTH_METHODS) {
    const original = provider[method] as ((...args: unknown[]) => Promise<unknown>) | undefined;
    if (!original) continue;
    (wrapped as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      calls[method] += 1;
      return original.apply(provider, args);
    };
  }
  return { authProvider: wrapped, calls };
}

/** Boots the whole app the way main.tsx does (StrictMode, localStorage store) at the given hash route. */
function boot(authProvider: AuthProvider, hash = '#/', dataProvider = fakeDataProvider()) {
  window.history.replaceState(null, '', `/${hash}`);
  return render(
    <StrictMode>
      <CrmAdmin
        dataProvider={dataProvider}
        authProvider={authProvider}
        i18nProvider={createI18nProvider('en')}
        store={localStorageStore()}
      />
    </StrictMode>,
  );
}

// Long enough for a redirect loop to show up in the counts; a settled app makes no further calls.
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('CrmAdmin boot', () => {
  beforeEach(() => {
    window.localStorage.clear();
  });

  it('shows the login page signed out without looping through checkAuth/logout', async () => {
    // The real session and auth provider with empty storage; signed out, boot must not touch the network.
    const fetch = vi.fn(async (_request: Request) => new Response(null, { status: 599 }));
    const session = new Session({ baseUrl: BASE, storage: window.localStorage, fetch });
    const client = createApiClient(BASE, { getToken: () => session.getValidToken(), fetch });
    const { authProvider, calls } = counting(createAuthProvider(session, client));
    const getItem = vi.spyOn(Storage.prototype, 'getItem');

    boot(authProvider);

    expect(await screen.findByRole('button', { name: /sign in/i })).toBeInTheDocument();
    await settle();
    expect(window.location.hash).toBe('#/login');
    // One LogoutOnMount redirect, plus the login page's own check; StrictMode runs mount effects twice, so a
    // settled boot makes 2 logout, 4-5 checkAuth and 2-3 getPermissions calls. The redirect loop made them
    // 50-250 here and thousands in a browser.
    expect(calls.logout).toBeLessThanOrEqual(2);
    expect(calls.checkAuth).toBeLessThanOrEqual(8);
    expect(calls.getPermissions).toBeLessThanOrEqual(6);
    expect(getItem.mock.calls.length).toBeLessThan(100);
    expect(fetch).not.toHaveBeenCalled();
    getItem.mockRestore();
  });

  it('opens a deep link signed in without re-checking auth in a loop', async () => {
    const { authProvider, calls } = counting(fakeAuthProvider(['admin']));

    const users = [
      { id: 'u1', name: 'Ann Example', email: 'ann@example.com', roles: ['admin'], departmentId: null, active: true },
    ];
    boot(authProvider, '#/users', fakeDataProvider({ users, departments: [] }));

    expect(await screen.findByText('Ann Example')).toBeInTheDocument();
    await settle();
    expect(window.location.hash).toBe('#/users');
    expect(calls.logout).toBe(0);
    expect(calls.checkAuth).toBeLessThanOrEqual(8);
    expect(calls.getPermissions).toBeLessThanOrEqual(6);
  });
});
