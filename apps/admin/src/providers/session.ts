import { type ApiClient, createApiClient, isProblemDetails } from '@crm/api-client';
import type { LoginResponse, SignedInUser, TokenPair } from './types';

const ACCESS = 'crm.accessToken';
const REFRESH = 'crm.refreshToken';
const EXPIRES_AT = 'crm.accessTokenExpiresAt';
const USER = 'crm.user';
// Renew a little before expiry so a request never leaves with a token that dies in flight.
const REFRESH_MARGIN_MS = 30_000;

export class LoginError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface SessionOptions {
  baseUrl: string;
  storage?: Storage;
  fetch?: (input: Request) => Promise<Response>;
  now?: () => number;
}

/** Holds the token pair and renews it; shared by the auth provider and the API client. */
export class Session {
  private readonly storage: Storage;
  private readonly now: () => number;
  // Auth endpoints go through a client without the bearer/refresh middleware to avoid loops.
  private readonly plain: ApiClient;
  private refreshing: Promise<boolean> | undefined;

  constructor(opts: SessionOptions) {
    this.storage = opts.storage ?? window.localStorage;
    this.now = opts.now ?? Date.now;
    this.plain = createApiClient(opts.baseUrl, { getToken: () => undefined, fetch: opts.fetch });
  }

  get accessToken(): string | undefined {
    return this.storage.getItem(ACCESS) ?? undefined;
  }

  get refreshToken(): string | undefined {
    return this.storage.getItem(REFRESH) ?? undefined;
  }

  get user(): SignedInUser | undefined {
    const raw = this.storage.getItem(USER);
    return raw ? (JSON.parse(raw) as SignedInUser) : undefined;
  }

  set user(user: SignedInUser | undefined) {
    if (user) this.storage.setItem(USER, JSON.stringify(user));
    else this.storage.removeItem(USER);
  }

  hasSession(): boolean {
    return Boolean(this.refreshToken);
  }

  async login(email: string, password: string): Promise<LoginResponse> {
    const { data, error, response } = await this.plain.POST('/api/v1/auth/login', { body: { email, password } });
    if (error !== undefined || !data) {
      // The document declares no problem body for login, yet the API sends one (401, 423, 429).
      const problem: unknown = error;
      const detail = isProblemDetails(problem) ? problem.detail : undefined;
      throw new LoginError(detail || 'ra.auth.sign_in_error', response.status);
    }
    const result = data;
    this.store(result);
    this.user = result.user;
    return result;
  }

  async logout(): Promise<void> {
    const refreshToken = this.refreshToken;
    const accessToken = this.accessToken;
    this.clear();
    if (!refreshToken) return;
    // Best effort: the local session is gone whatever the server answers.
    await this.plain
      .POST('/api/v1/auth/logout', {
        body: { refreshToken },
        headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
      })
      .catch(() => undefined);
  }

  clear(): void {
    [ACCESS, REFRESH, EXPIRES_AT, USER].forEach((key) => this.storage.removeItem(key));
  }

  /** The access token, renewed first when it expires within 30 s. */
  async getValidToken(): Promise<string | undefined> {
    const token = this.accessToken;
    if (!this.hasSession()) return token;
    const expiresAt = Number(this.storage.getItem(EXPIRES_AT) ?? 0);
    if (token && expiresAt - this.now() > REFRESH_MARGIN_MS) return token;
    await this.refresh();
    return this.accessToken;
  }

  /**
   * Single-flight renewal: concurrent callers share one POST /auth/refresh, because refresh tokens rotate
   * and presenting a used one revokes the whole session.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.doRefresh().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async doRefresh(): Promise<boolean> {
    const refreshToken = this.refreshToken;
    if (!refreshToken) return false;
    try {
      const { data, error } = await this.plain.POST('/api/v1/auth/refresh', { body: { refreshToken } });
      if (error !== undefined || !data) {
        this.clear();
        return false;
      }
      this.store(data);
      return true;
    } catch {
      // Network failure: keep the tokens, the next request may succeed.
      return false;
    }
  }

  private store(pair: TokenPair): void {
    this.storage.setItem(ACCESS, pair.accessToken);
    this.storage.setItem(REFRESH, pair.refreshToken);
    this.storage.setItem(EXPIRES_AT, String(this.now() + pair.expiresIn * 1000));
  }
}
