import { createApiClient } from '@crm/api-client';
import { describe, expect, it } from 'vitest';
import { acceptLanguage, fetchInLocale } from './acceptLanguage';
import { createDataProvider } from './dataProvider';
import { Session } from './session';

const BASE = 'http://api.test';

/** Records the Accept-Language of each request; answers 401 once to exercise the client's retry. */
function fakeApi() {
  const seen: string[] = [];
  let refused = false;
  const fetch = async (request: Request): Promise<Response> => {
    const url = new URL(request.url);
    seen.push(`${request.method} ${url.pathname} ${request.headers.get('Accept-Language')}`);
    if (url.pathname === '/api/v1/auth/login')
      return Response.json({ accessToken: 'a', refreshToken: 'r', expiresIn: 900, user: { id: 'u1', roles: [] } });
    if (url.pathname === '/api/v1/auth/refresh')
      return Response.json({ accessToken: 'b', refreshToken: 'r2', expiresIn: 900 });
    if (!refused) {
      refused = true;
      return Response.json({ type: 'x', title: 'Unauthorized', status: 401, detail: 'x', errors: [] }, { status: 401 });
    }
    return Response.json({ data: [], total: 0, page: 1, pageSize: 25 });
  };
  return { fetch, seen };
}

describe('Accept-Language on API calls', () => {
  it('maps the UI locale to the header the API understands', () => {
    expect(acceptLanguage('zh')).toBe('zh-CN');
    expect(acceptLanguage('en')).toBe('en');
    expect(acceptLanguage('fr')).toBe('en');
  });

  it('sends the current UI locale with every call, sign-in and retries included', async () => {
    const api = fakeApi();
    let locale = 'zh';
    const fetch = fetchInLocale(() => locale, api.fetch);
    const session = new Session({ baseUrl: BASE, fetch, storage: window.sessionStorage, now: () => 0 });
    const client = createApiClient(BASE, {
      getToken: () => session.accessToken,
      onUnauthorized: () => session.refresh(),
      fetch,
    });
    const dataProvider = createDataProvider(client);

    await session.login('ann@example.com', 'secret');
    await dataProvider.getList('customers', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });
    locale = 'en';
    await dataProvider.getList('customers', {
      pagination: { page: 1, perPage: 25 },
      sort: { field: 'name', order: 'ASC' },
      filter: {},
    });

    expect(api.seen).toEqual([
      'POST /api/v1/auth/login zh-CN',
      'GET /api/v1/customers zh-CN',
      'POST /api/v1/auth/refresh zh-CN',
      'GET /api/v1/customers zh-CN',
      'GET /api/v1/customers en',
    ]);
  });
});
