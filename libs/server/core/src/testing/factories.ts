import { JwtService } from '@nestjs/jwt';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AccessTokenPayload } from '../auth/sessions.service';
import { Role } from '../auth/roles';
import { Department } from '../departments/department.entity';
import { hashPassword } from '../users/passwords';
import { User } from '../users/user.entity';
import { TestContext } from './test-app';

export const DEFAULT_PASSWORD = 'Password123!';

// argon2 is slow on purpose; tests reuse one hash per distinct password.
const hashes = new Map<string, Promise<string>>();
const hashOnce = (password: string) => {
  if (!hashes.has(password)) hashes.set(password, hashPassword(password));
  return hashes.get(password)!;
};

const unique = () => randomBytes(4).toString('hex');

export type TestUser = User & { password: string };

export async function createUser(
  ds: DataSource,
  overrides: Partial<{
    email: string;
    name: string;
    password: string;
    roles: Role[];
    departmentId: string | null;
    active: boolean;
  }> = {},
): Promise<TestUser> {
  const id = unique();
  const password = overrides.password ?? DEFAULT_PASSWORD;
  const repo = ds.getRepository(User);
  const saved = await repo.save(
    repo.create({
      email: (overrides.email ?? `user-${id}@example.com`).toLowerCase(),
      name: overrides.name ?? `Test User ${id}`,
      passwordHash: await hashOnce(password),
      roles: overrides.roles ?? [Role.AccountManager],
      departmentId: overrides.departmentId ?? null,
      active: overrides.active ?? true,
    }),
  );
  const user = await repo.findOneByOrFail({ id: saved.id });
  return Object.assign(user, { password });
}

export async function createDepartment(
  ds: DataSource,
  overrides: Partial<{
    name: string;
    description: string | null;
    managerId: string | null;
    parentId: string | null;
  }> = {},
): Promise<Department> {
  const repo = ds.getRepository(Department);
  const saved = await repo.save(
    repo.create({
      name: overrides.name ?? `Department ${unique()}`,
      description: overrides.description ?? null,
      managerId: overrides.managerId ?? null,
      parentId: overrides.parentId ?? null,
    }),
  );
  return repo.findOneByOrFail({ id: saved.id });
}

export interface LoginResult {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { id: string; email: string; roles: Role[] };
}

// Signs in through the API (counts against the sign-in rate limit).
export async function login(ctx: TestContext, email: string, password = DEFAULT_PASSWORD): Promise<LoginResult> {
  const res = await ctx.http.post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login as ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as LoginResult;
}

// A valid access token signed directly, without a sign-in (no session, so logout does not end it).
export function authHeader(ctx: TestContext, user: Pick<User, 'id' | 'roles'>): { Authorization: string } {
  const payload: AccessTokenPayload = { sub: user.id, roles: user.roles, typ: 'access' };
  const token = ctx.app.get(JwtService).sign(payload, { expiresIn: ctx.config.auth.accessTtlSeconds });
  return { Authorization: `Bearer ${token}` };
}

export async function loginAs(
  ctx: TestContext,
  role: Role,
  overrides: Parameters<typeof createUser>[1] = {},
): Promise<{ user: TestUser; headers: { Authorization: string } }> {
  const user = await createUser(ctx.ds, { roles: [role], ...overrides });
  return { user, headers: authHeader(ctx, user) };
}
