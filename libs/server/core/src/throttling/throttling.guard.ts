import { ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerLimitDetail, ThrottlerModuleOptions, ThrottlerStorage } from '@nestjs/throttler';
import type { Response } from 'express';
import { AppConfig } from '../config/app-config';
import { DomainError } from '../errors/domain-error';
import { Message, msg } from '../i18n/translate';
import { LOGIN_THROTTLE } from './login-throttle.decorator';

export const THROTTLER_STORAGE = Symbol('THROTTLER_STORAGE');
const MINUTE = 60_000;

export class TooManyRequestsError extends DomainError {
  constructor(message: string | Message) {
    super(429, 'too_many_requests', message);
  }
}

export function throttlerOptions(config: AppConfig, reflector: Reflector): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: 'default', ttl: MINUTE, limit: config.auth.rateLimitPerMinute },
      {
        name: 'login',
        ttl: MINUTE,
        limit: config.auth.loginRateLimitPerMinute,
        skipIf: (ctx) => !reflector.get<boolean>(LOGIN_THROTTLE, ctx.getHandler()),
      },
    ],
    // The global limit is one budget per client across all routes; the sign-in limit counts per route
    // (login and refresh separately) so a burst of token refreshes cannot block signing in.
    generateKey: (ctx, tracker, name) =>
      name === 'default' ? `default:${tracker}` : `${name}:${ctx.getClass().name}.${ctx.getHandler().name}:${tracker}`,
  };
}

// Per-IP rate limits; the first global guard. Answers 429 problem details with a Retry-After header.
@Injectable()
export class ThrottlingGuard extends ThrottlerGuard {
  constructor(
    @Inject(AppConfig) config: AppConfig,
    @Inject(THROTTLER_STORAGE) storage: ThrottlerStorage,
    @Inject(Reflector) reflector: Reflector,
  ) {
    super(throttlerOptions(config, reflector), storage, reflector);
  }

  protected override async shouldSkip(context: ExecutionContext): Promise<boolean> {
    return context.getType() !== 'http';
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const seconds = Math.max(1, detail.timeToBlockExpire);
    // The base guard names the header after the throttler (Retry-After-login); clients expect the standard one.
    context.switchToHttp().getResponse<Response>().setHeader('Retry-After', String(seconds));
    const login = detail.key.startsWith('login:');
    throw new TooManyRequestsError(
      msg(login ? 'too_many_requests.login' : 'too_many_requests.ip', { limit: detail.limit, seconds }),
    );
  }
}
