import { createHash, randomBytes } from 'node:crypto';

// crm_<prefix: 8 hex>_<secret: 64 hex>. Hex only, so a double-click selects the whole key.
const FORMAT = /^crm_([0-9a-f]{8})_([0-9a-f]{64})$/;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function generateApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(4).toString('hex');
  const key = `crm_${prefix}_${randomBytes(32).toString('hex')}`;
  return { key, prefix, hash: sha256(key) };
}

// The prefix of a well-formed key, or null: malformed keys are rejected before any database lookup.
export const parseApiKey = (key: string): { prefix: string } | null => {
  const m = FORMAT.exec(key.trim());
  return m ? { prefix: m[1] } : null;
};
