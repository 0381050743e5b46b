import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ApiKeysService } from '../api-keys/api-keys.service';
import { setActor } from '../context/request-context';
import { AuthUser } from './auth-user';
import { malformedAuthorization, notAuthenticated } from './auth.errors';
import { AuthService } from './auth.service';
import { IS_PUBLIC } from './public.decorator';

// Second global guard: every route except @Public() needs a Bearer access token or an X-API-Key.
// One small guard for both schemes (instead of passport strategies) so the checks share the code
// Bull Board uses (AuthService.verifyAccessToken) and every failure is a problem-details 401.
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuthService) private readonly auth: AuthService,
    @Inject(ApiKeysService) private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const user = await this.authenticate(req);
    req.user = user;
    // The audit log records who acted; for an integration that is the key itself.
    setActor({ id: user.kind === 'api_key' ? (user.apiKeyId ?? null) : user.id, kind: user.kind, name: user.name });
    return true;
  }

  private authenticate(req: Request): Promise<AuthUser> {
    const authorization = req.headers.authorization;
    if (authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match) throw malformedAuthorization();
      return this.auth.verifyAccessToken(match[1]);
    }
    const apiKey = req.headers['x-api-key'];
    if (typeof apiKey === 'string' && apiKey) return this.apiKeys.authenticate(apiKey);
    throw notAuthenticated();
  }
}
