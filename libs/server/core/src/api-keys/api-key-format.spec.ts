import { generateApiKey, parseApiKey, sha256 } from './api-key-format';

describe('API key format', () => {
  it('generates crm_<8 hex prefix>_<64 hex secret> keys whose hash is the sha256 of the whole key', () => {
    const { key, prefix, hash } = generateApiKey();
    expect(key).toMatch(/^crm_[0-9a-f]{8}_[0-9a-f]{64}$/);
    expect(key.startsWith(`crm_${prefix}_`)).toBe(true);
    expect(hash).toBe(sha256(key));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('never generates the same key twice', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey().key));
    expect(keys.size).toBe(200);
  });

  it('parses the prefix of a well-formed key', () => {
    const { key, prefix } = generateApiKey();
    expect(parseApiKey(key)).toEqual({ prefix });
  });

  it.each([
    '',
    'crm_abc_def',
    `crm_ABCDEF12_${'a'.repeat(64)}`,
    `xyz_abcdef12_${'a'.repeat(64)}`,
    `crm_abcdef12_${'a'.repeat(63)}`,
  ])('rejects the malformed key %j', (key) => {
    expect(parseApiKey(key)).toBeNull();
  });
});
