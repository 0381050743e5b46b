import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// X-CRM-Signature: "sha256=" + hex HMAC-SHA256 of "<timestamp>.<body>" keyed with the webhook's secret.
// The timestamp (Unix seconds, also sent as X-CRM-Timestamp) is signed so a captured request
// cannot be replayed later with a fresh timestamp.
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

// What a receiver does (documented in docs/api-guide.md); used by the tests.
export function verifyWebhookSignature(
  secret: string,
  timestamp: string | number,
  body: string,
  signature: string,
  toleranceSeconds = 300,
  now = Date.now(),
): boolean {
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(now / 1000 - ts) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, ts, body));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

export const generateWebhookSecret = () => `whsec_${randomBytes(32).toString('base64url')}`;
