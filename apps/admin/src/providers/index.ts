import { createApiClient } from '@crm/api-client';
import { storedLocale } from '../i18n/i18nProvider';
import { fetchInLocale } from './acceptLanguage';
import { createAuthProvider } from './authProvider';
import { createDataProvider } from './dataProvider';
import { Session } from './session';

// The locale switcher stores the UI locale (i18nProvider.ts); API errors come back in it.
const localisedFetch = fetchInLocale(() => storedLocale());

// One session and one client for the whole app: every request shares the token refresh.
export const session = new Session({ baseUrl: window.location.origin, fetch: localisedFetch });

export const apiClient = createApiClient(window.location.origin, {
  getToken: () => session.getValidToken(),
  onUnauthorized: () => session.refresh(),
  fetch: localisedFetch,
});

export const dataProvider = createDataProvider(apiClient);
export const authProvider = createAuthProvider(session, apiClient);

/** Bull Board authenticates by query string: it is opened as a plain page, not an API call. */
export const queuesUrl = () => `/api/admin/queues?token=${encodeURIComponent(session.accessToken ?? '')}`;
