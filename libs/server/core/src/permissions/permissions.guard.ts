import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthUser } from '../auth/auth-user';
import { IS_PUBLIC } from '../auth/public.decorator';
import { ForbiddenError } from '../errors/domain-error';
import { msg } from '../i18n/translate';
import { REQUIRED_PERMISSIONS } from './require-permission.decorator';

// Third global guard: enforces @RequirePermission(...) against the permissions the authentication
// guard resolved for the caller (a user's roles, or an API key's scopes).
@Injectable()
export class PermissionsGuard implements CanActivate {
  constructor(@Inject(Reflector) private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const required = this.reflector.getAllAndOverride<string[] | undefined>(REQUIRED_PERMISSIONS, targets);
    if (!required?.length) return true;
    const { user } = context.switchToHttp().getRequest<{ user?: AuthUser }>();
    const held = user?.permissions ?? [];
    if (required.some((p) => held.includes(p))) return true;
    throw new ForbiddenError(msg('forbidden.permission', { permission: required.join(' / ') }));
  }
}
