import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Locale, resolveLocale } from './translate';

// The caller's language (Accept-Language), for messages inside a successful answer, e.g. the
// per-record errors of a bulk update.
export const RequestLocale = createParamDecorator((_data: unknown, ctx: ExecutionContext): Locale =>
  resolveLocale(
    ctx.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers[
      'accept-language'
    ],
  ),
);
