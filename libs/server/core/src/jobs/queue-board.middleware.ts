import { Inject, Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { AuthService } from '../auth/auth.service';
import { hasPermission } from '../permissions/permission-catalog';
import { problem, sendProblem } from '../errors/problem-details.filter';
import { MessageKey, msg, resolveLocale } from '../i18n/translate';

export const QUEUE_BOARD_PATH = '/api/admin/queues';
export const QUEUE_BOARD_COOKIE = 'crm_queue_board';
const FALLBACK_COOKIE_MS = 15 * 60 * 1000;

// Bull Board is plain Express, outside Nest's guards. The admin SPA opens it in a
// new tab with ?token=<jwt>; we check the token here and hand it back as an
// httpOnly cookie limited to the board's path, so the board's own asset and API
// requests (which cannot carry a header) are authorised too.
@Injectable()
export class QueueBoardAuthMiddleware implements NestMiddleware {
  constructor(@Inject(AuthService) private readonly auth: AuthService) {}

  async use(req: Request, res: Response, next: NextFunction) {
    const header = req.headers.authorization;
    const bearer = header?.startsWith('Bearer ') ? header.slice(7).trim() : undefined;
    const query = typeof req.query?.token === 'string' ? req.query.token : undefined;
    const presented = bearer || query;
    const token = presented || readCookie(req.headers.cookie, QUEUE_BOARD_COOKIE);
    if (!token) return deny(req, res, 401, 'queue_board.sign_in');
    let permitted: boolean;
    try {
      permitted = hasPermission(await this.auth.verifyAccessToken(token), 'queues.manage');
    } catch {
      res.clearCookie(QUEUE_BOARD_COOKIE, { path: QUEUE_BOARD_PATH });
      return deny(req, res, 401, 'queue_board.invalid_token');
    }
    if (!permitted) return deny(req, res, 403, 'queue_board.admins_only');
    if (presented) {
      res.cookie(QUEUE_BOARD_COOKIE, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        path: QUEUE_BOARD_PATH,
        maxAge: remainingLifetimeMs(token),
      });
    }
    next();
  }
}

function deny(req: Request, res: Response, status: 401 | 403, detail: MessageKey) {
  const locale = resolveLocale(req.headers['accept-language']);
  const body = problem(status, status === 401 ? 'unauthorized' : 'forbidden', msg(detail), [], undefined, locale);
  sendProblem(req, res, body, locale);
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of header?.split(';') ?? []) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

// The cookie lives as long as the (already verified) token inside it.
function remainingLifetimeMs(token: string): number {
  try {
    const { exp } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { exp?: number };
    return typeof exp === 'number' ? Math.max(0, exp * 1000 - Date.now()) : FALLBACK_COOKIE_MS;
  } catch {
    return FALLBACK_COOKIE_MS;
  }
}
