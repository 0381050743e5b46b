import { english } from '../i18n/translate';
import { checkWebhookUrl, classifyAddress, refuseAddress } from './webhook-url';

// The refusal as an English sentence, or null.
const check = async (url: string, production: boolean) => {
  const reason = await checkWebhookUrl(url, production);
  return reason && english(reason);
};

describe('webhook URLs', () => {
  it('classifies IPv4 and IPv6 addresses', () => {
    expect(classifyAddress('127.0.0.1')).toBe('loopback');
    expect(classifyAddress('10.1.2.3')).toBe('private');
    expect(classifyAddress('172.20.0.1')).toBe('private');
    expect(classifyAddress('172.32.0.1')).toBe('public');
    expect(classifyAddress('192.168.1.10')).toBe('private');
    expect(classifyAddress('169.254.169.254')).toBe('link_local');
    expect(classifyAddress('0.0.0.0')).toBe('unspecified');
    expect(classifyAddress('8.8.8.8')).toBe('public');
    expect(classifyAddress('::1')).toBe('loopback');
    expect(classifyAddress('[::1]')).toBe('loopback');
    expect(classifyAddress('fd00::5')).toBe('private');
    expect(classifyAddress('fe80::1')).toBe('link_local');
    expect(classifyAddress('::ffff:192.168.0.2')).toBe('private');
    expect(classifyAddress('2606:4700::1111')).toBe('public');
  });

  it('accepts https anywhere and http only to local addresses outside production', async () => {
    expect(await check('https://hooks.example.com/crm', false)).toBeNull();
    expect(await check('https://hooks.example.com/crm', true)).toBeNull();
    expect(await check('http://localhost:4000/hook', false)).toBeNull();
    expect(await check('http://127.0.0.1:4000/hook', false)).toBeNull();
    expect(await check('http://192.168.1.20/hook', false)).toBeNull();
    expect(await check('http://localhost:4000/hook', true)).toMatch(/must use https/);
    expect(await check('http://8.8.8.8/hook', false)).toMatch(/must use https/);
    expect(await check('ftp://example.com/x', false)).toMatch(/must use https/);
    expect(await check('https://user:pw@example.com/x', false)).toMatch(/user name or password/);
    expect(await check('not a url', false)).toMatch(/valid absolute URL/);
  });

  it('refuses loopback and link-local targets in production, even over https', async () => {
    expect(await check('https://127.0.0.1/hook', true)).toMatch(/loopback/);
    expect(await check('https://169.254.169.254/latest', true)).toMatch(/link-local/);
    expect(refuseAddress('private', 'https:', true)).toBeNull();
    expect(refuseAddress('public', 'http:', false)).toMatch(/plain http/);
  });
});
