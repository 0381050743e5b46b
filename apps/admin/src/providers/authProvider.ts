import type { UntypedClient } from '@crm/api-client';
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

export function createAuthProvider(session: Session, client: UntypedClient): AuthProvider {
  // getIdentity and getPermissions run together on start: share one /auth/me call.
  let inflight: Promise<CurrentUser> | undefined;
  const fetchMe = (): Promise<CurrentUser> => {
    inflight ??= (async () => {
      const { data, error, response } = await client.GET('/api/v1/auth/me');
      if (error !== undefined || !data) throw toHttpError(error, response.status);
      const user = data as CurrentUser;
      session.user = user;
      return user;
    })().finally(() => {
      inflight = undefined;
    });
    return inflight;
  };

  return {
    async login({ username, email, password }: LoginParams) {
      // react-admin's login form names the first field "username"; the API calls it email.
      await session.login((email ?? username ?? '').trim(), password);
    },
    async logout() {
      await session.logout();
    },
    async checkAuth() {
      if (!session.hasSession()) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
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
      return (await fetchMe()).roles;
    },
  };
}
