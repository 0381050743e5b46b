import { lookup as dnsLookup, LookupAddress, LookupOptions } from 'node:dns';
import { request as httpRequest, IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { classifyAddress, refuseAddress } from './webhook-url';

export const RESPONSE_BODY_LIMIT = 2048;

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  production: boolean;
}

export interface WebhookResponse {
  ok: boolean;
  status: number | null;
  // The first 2 KB of the response, as text.
  body: string | null;
  error: string | null;
  durationMs: number;
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

// dns.lookup that refuses addresses a webhook may not reach, checked on the address actually
// connected to (a name can resolve anywhere, and differently at each delivery).
function guardedLookup(protocol: string, production: boolean) {
  return (hostname: string, options: LookupOptions, callback: LookupCallback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
      if (err) return callback(err, []);
      for (const a of addresses) {
        const reason = refuseAddress(classifyAddress(a.address), protocol, production);
        if (reason)
          return callback(Object.assign(new Error(`refused ${hostname}: ${reason}`), { code: 'EREFUSED' }), []);
      }
      if (options.all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

// NUL cannot be stored in a PostgreSQL text column.
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/\u0000/g, '');

// POSTs one delivery. Never follows redirects (a 3xx is a failure), gives up after timeoutMs, keeps
// only the first 2 KB of the answer. Resolves with the outcome; it does not throw.
export function postWebhook(req: WebhookRequest): Promise<WebhookResponse> {
  const started = Date.now();
  const done = (r: Omit<WebhookResponse, 'durationMs'>): WebhookResponse => ({
    ...r,
    durationMs: Date.now() - started,
  });
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch {
      return resolve(done({ ok: false, status: null, body: null, error: 'invalid url' }));
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host)) {
      const reason = refuseAddress(classifyAddress(host), url.protocol, req.production);
      if (reason) return resolve(done({ ok: false, status: null, body: null, error: `refused ${host}: ${reason}` }));
    }
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    let settled = false;
    const finish = (r: Omit<WebhookResponse, 'durationMs'>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(done(r));
    };
    const request = send(url, {
      method: 'POST',
      headers: { ...req.headers, 'Content-Length': String(Buffer.byteLength(req.body)) },
      lookup: guardedLookup(url.protocol, req.production) as never,
      agent: false,
    });
    const timer = setTimeout(() => {
      request.destroy(new Error(`timed out after ${req.timeoutMs} ms`));
    }, req.timeoutMs);
    request.on('error', (e) => finish({ ok: false, status: null, body: null, error: clean(e.message).slice(0, 500) }));
    request.on('response', (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const chunks: Buffer[] = [];
      let size = 0;
      const complete = () => {
        const body = clean(Buffer.concat(chunks).subarray(0, RESPONSE_BODY_LIMIT).toString('utf8'));
        const ok = status >= 200 && status < 300;
        let error: string | null = null;
        if (status >= 300 && status < 400) {
          const location = res.headers.location ?? '';
          error = `redirect (${status} to ${location.slice(0, 200)}) not followed`;
        } else if (!ok) error = `HTTP ${status}`;
        finish({ ok, status, body, error });
        res.destroy();
      };
      res.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        // Enough of the answer kept; stop reading it.
        if (size >= RESPONSE_BODY_LIMIT) complete();
      });
      res.on('end', complete);
      res.on('error', complete);
    });
    request.end(req.body);
  });
}
