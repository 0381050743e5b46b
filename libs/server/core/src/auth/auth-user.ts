import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Role } from './roles';

// The authenticated principal the guard puts on `req.user`.
export interface AuthUser {
  // The user's id; for an API key, the id of the user who created it (null when that user is gone).
  id: string | null;
  email: string;
  name: string;
  // For an API key: its creator's current roles (they decide which records it sees).
  roles: Role[];
  // What the caller may do: the permissions of a user's roles, or an API key's scopes within its
  // creator's current permissions. Checked by @RequirePermission and by services (hasPermission).
  permissions: readonly string[];
  departmentId: string | null;
  kind: 'user' | 'api_key';
  apiKeyId?: string;
  // The refresh-token family of the access token, when it came from a sign-in.
  sessionId?: string;
}

// Injects the authenticated principal into a controller method.
export const CurrentUser = createParamDecorator(
  (_data: unknown, ctx: ExecutionContext): AuthUser => ctx.switchToHttp().getRequest<{ user: AuthUser }>().user,
);
