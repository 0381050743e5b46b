import { createApiClient } from '@crm/api-client';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';
import { Session } from './session';

const BASE = 'http://api.test';
const ME = {
  id: 'u1',
  email: 'ann@example.com',
  name: 'Ann',
  roles: ['admin'],
  permissions: ['users.manage', 'customers.read'],
  visibility: 'all',
  departmentId: null,
  active: true,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const problem = (status: number, detail: string) => ({
  type: 'x',
  title: 'Error',
  status,
  detail,
  errors: [],
  code: 'x',
});

/** A fake API with rotating refresh tokens; a used refresh token is refused, as the real API does. */
function fakeApi() {
  const state = {
    now: 1_000_000,
    refreshCalls: 0,
    refreshFails: false,
    validAccess: 'access-0',
    validRefresh: 'refresh-0',
  };
  const seen: string[] = [];
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    const route = `${request.method} ${url.pathname}`;
    seen.push(`${route} ${request.headers.get('authorization') ?? ''}`.trim());
    const body = request.method === 'POST' ? ((await request.json()) as Record<string, string>) : {};
    // Yield so concurrent callers really overlap.
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (route === 'POST /api/v1/auth/login') {
      if (body.password !== 'secret') return json(401, problem(401, 'Invalid email or password'));
      if (body.email === 'locked@example.com') return json(423, problem(423, 'Account locked for 15 minutes'));
      return json(200, { accessToken: state.validAccess, refreshToken: state.validRefresh, expiresIn: 900, user: ME });
    }
    if (route === 'POST /api/v1/auth/refresh') {
      state.refreshCalls += 1;
      if (state.refreshFails || body.refreshToken !== state.validRefresh) {
        return json(401, problem(401, 'Session expired'));
      }
      state.validAccess = `access-${state.refreshCalls}`;
      state.validRefresh = `refresh-${state.refreshCalls}`;
      return json(200, { accessToken: state.validAccess, refreshToken: state.validRefresh, expiresIn: 900 });
    }
    if (route === 'POST /api/v1/auth/logout') return new Response(null, { status: 204 });
    if (request.headers.get('authorization') !== `Bearer ${state.validAccess}`) {
      return json(401, problem(401, 'Unauthorized'));
    }
    if (route === 'GET /api/v1/auth/me') return json(200, ME);
    if (route === 'GET /api/v1/notifications/unread-count') return json(200, { count: 2 });
    return json(404, problem(404, 'Not found'));
  };
  return { fetch, state, seen };
}

function setup() {
  const api = fakeApi();
  const session = new Session({
    baseUrl: BASE,
    fetch: api.fetch,
    storage: window.localStorage,
    now: () => api.state.now,
  });
  const client = createApiClient(BASE, {
    getToken: () => session.getValidToken(),
    onUnauthorized: () => session.refresh(),
    fetch: api.fetch,
  });
  return {
    api,
    session,
    authProvider: createAuthProvider(session, client),
    dataProvider: createDataProvider(client),
  };
}

describe('authProvider', () => {
  beforeEach(() => window.localStorage.clear());

  it('logs in with the email typed in the username field and keeps the tokens', async () => {
    const { authProvider, session } = setup();
    await authProvider.login({ username: 'ann@example.com', password: 'secret' });
    expect(session.accessToken).toBe('access-0');
    expect(session.refreshToken).toBe('refresh-0');
    await expect(authProvider.checkAuth({})).resolves.toBeUndefined();
    // The permissions /auth/me lists, not the roles: the admin copies no role logic.
    await expect(authProvider.getPermissions!({})).resolves.toEqual(['users.manage', 'customers.read']);
    await expect(authProvider.getIdentity!()).resolves.toMatchObject({ fullName: 'Ann', email: 'ann@example.com' });
  });

  it('asks the API who is signed in once when permissions and identity are read in turn', async () => {
    const { authProvider, api } = setup();
    await authProvider.login({ username: 'ann@example.com', password: 'secret' });
    await authProvider.getPermissions!({});
    await authProvider.getIdentity!();
    await authProvider.getPermissions!({});
    expect(api.seen.filter((s) => s.startsWith('GET /api/v1/auth/me'))).toHaveLength(1);
    // A new sign-in may be somebody else: ask again.
    await authProvider.logout({});
    await authProvider.login({ username: 'ann@example.com', password: 'secret' });
    await authProvider.getIdentity!();
    expect(api.seen.filter((s) => s.startsWith('GET /api/v1/auth/me'))).toHaveLength(2);
  });

  it("shows the API's detail when login fails", async () => {
    const { authProvider } = setup();
    await expect(authProvider.login({ username: 'ann@example.com', password: 'nope' })).rejects.toThrow(
      'Invalid email or password',
    );
    await expect(authProvider.login({ username: 'locked@example.com', password: 'secret' })).rejects.toThrow(
      'Account locked for 15 minutes',
    );
    await expect(authProvider.checkAuth({})).rejects.toThrow();
  });

  it('refreshes once for concurrent requests when the access token is about to expire', async () => {
    const { authProvider, dataProvider, session, api } = setup();
    await authProvider.login({ username: 'ann@example.com', password: 'secret' });
    // 880 s later the 900 s token has 20 s left: inside the 30 s margin.
    api.state.now += 880_000;
    const counts = await Promise.all([
      dataProvider.unreadNotificationCount(),
      dataProvider.unreadNotificationCount(),
      dataProvider.unreadNotificationCount(),
      authProvider.getIdentity!(),
    ]);
    expect(counts.slice(0, 3)).toEqual([2, 2, 2]);
    expect(api.state.refreshCalls).toBe(1);
    expect(session.refreshToken).toBe('refresh-1');
    expect(api.seen.filter((s) => s.startsWith('GET /api/v1/notifications')).every((s) => s.endsWith('access-1'))).toBe(
      true,
    );
  });

  it('renews the token and retries once when a request gets 401', async () => {
    const { authProvider, dataProvider, api } = setup();
    await authProvider.login({ username: 'ann@example.com', password: 'secret' });
    // The server revoked the access token early (e.g. roles changed).
    api.state.validAccess = 'rotated-elsewhere';
    await expect(dataProvider.unreadNotificationCount()).resolves.toBe(2);
    expect(api.state.refreshCalls).toBe(1);
  });

  it('logs out when the refresh fails', async () => {
    const { authProvider, dataProvider, session, api } = setup();
    await authProvider.login({ username: 'ann@example.com', password: 'secret' });
    api.state.now += 899_000;
    api.state.refreshFails = true;
    const error = await dataProvider.unreadNotificationCount().catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 401 });
    expect(session.refreshToken).toBeUndefined();
    // react-admin passes the 401 to checkError, whose rejection logs the user out.
    await expect(authProvider.checkError(error)).rejects.toThrow();
    await expect(authProvider.checkAuth({})).rejects.toThrow();
  });

  it('sends the refresh token on logout and forgets the session', async () => {
    const { authProvider, session, api } = setup();
    await authProvider.login({ username: 'ann@example.com', password: 'secret' });
    await authProvider.logout({});
    expect(api.seen).toContain('POST /api/v1/auth/logout Bearer access-0');
    expect(session.hasSession()).toBe(false);
    expect(window.localStorage.getItem('crm.accessToken')).toBeNull();
  });
});
