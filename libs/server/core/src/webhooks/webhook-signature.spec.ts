import { generateWebhookSecret, signWebhook, verifyWebhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"d1","event":"customer.created","occurredAt":"2026-11-22T10:00:00.000Z","data":{"id":"c1"}}';

  it('signs "<timestamp>.<body>" with HMAC-SHA256 as sha256=<hex>', () => {
    // echo -n '1763805600.<body>' | openssl dgst -sha256 -hmac whsec_test
    const signature = signWebhook(secret, 1763805600, body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(signature).toBe(signWebhook(secret, 1763805600, body));
    expect(signature).not.toBe(signWebhook(secret, 1763805601, body));
    expect(signature).not.toBe(signWebhook('whsec_other', 1763805600, body));
  });

  it('verifies a fresh signature and rejects a changed body, another secret or an old timestamp', () => {
    const now = 1763805600_000;
    const ts = now / 1000;
    const signature = signWebhook(secret, ts, body);
    expect(verifyWebhookSignature(secret, String(ts), body, signature, 300, now)).toBe(true);
    expect(verifyWebhookSignature(secret, ts, `${body} `, signature, 300, now)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', ts, body, signature, 300, now)).toBe(false);
    expect(verifyWebhookSignature(secret, ts, body, signature, 300, now + 301_000)).toBe(false);
    expect(verifyWebhookSignature(secret, 'nope', body, signature, 300, now)).toBe(false);
  });

  it('generates long random secrets', () => {
    const a = generateWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(generateWebhookSecret()).not.toBe(a);
  });
});
