import type { ApiClient } from '@crm/api-client';
import type { AuthProvider, UserIdentity } from 'react-admin';
import { toHttpError } from './problem';
import type { Session } from './session';
import type { CurrentUser } from './types';

export type CrmIdentity = UserIdentity & CurrentUser;

interface LoginParams {
  username?: string;
  email?: string;
  password: string;
}

export function createAuthProvider(session: Session, client: ApiClient): AuthProvider {
  // react-admin asks for permissions and identity one after the other on start and on navigation:
  // share one /auth/me call and reuse its answer briefly; roles changed meanwhile show up within seconds.
  const FRESH_MS = 15_000;
  let inflight: Promise<CurrentUser> | undefined;
  let fresh: { user: CurrentUser; at: number } | undefined;
  const forget = () => {
    fresh = undefined;
  };
  const fetchMe = (): Promise<CurrentUser> => {
    if (fresh && Date.now() - fresh.at < FRESH_MS) return Promise.resolve(fresh.user);
    inflight ??= (async () => {
      const { data, error, response } = await client.GET('/api/v1/auth/me');
      if (error !== undefined || !data) throw toHttpError(error, response.status);
      const user = data;
      session.user = user;
      fresh = { user, at: Date.now() };
      return user;
    })().finally(() => {
      inflight = undefined;
    });
    return inflight;
  };

  return {
    async login({ username, email, password }: LoginParams) {
      forget();
      // react-admin's login form names the first field "username"; the API calls it email.
      await session.login((email ?? username ?? '').trim(), password);
    },
    async logout() {
      forget();
      await session.logout();
    },
    async checkAuth() {
      if (!session.hasSession()) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        forget();
        session.clear();
        throw new Error('ra.notification.logged_out');
      }
    },
    async getIdentity(): Promise<CrmIdentity> {
      const user = await fetchMe();
      return { ...user, fullName: user.name };
    },
    async getPermissions(): Promise<string[]> {
      if (!session.hasSession()) return [];
      // What the user may do, as the API's catalog maps their roles (permissions.ts reads it).
      return (await fetchMe()).permissions;
    },
  };
}
