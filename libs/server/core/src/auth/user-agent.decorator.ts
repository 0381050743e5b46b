import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

// The caller's User-Agent, recorded with a session. Read through a custom decorator rather than
// @Headers('user-agent'), which the OpenAPI document would list as a required header browsers cannot set.
export const UserAgent = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): string | undefined =>
    ctx.switchToHttp().getRequest<Request>().headers['user-agent'],
);
