import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Message, msg } from '../i18n/translate';

export type AddressKind = 'loopback' | 'private' | 'link_local' | 'unspecified' | 'multicast' | 'public';

// Addresses a production server never calls: itself, cloud metadata (169.254.169.254) and the like.
const NEVER_IN_PRODUCTION: AddressKind[] = ['loopback', 'link_local', 'unspecified', 'multicast'];
const LOCAL: AddressKind[] = ['loopback', 'private'];

function classifyV4(ip: string): AddressKind {
  const [a, b] = ip.split('.').map(Number);
  if (a === 127) return 'loopback';
  if (a === 0) return 'unspecified';
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127))
    return 'private';
  if (a === 169 && b === 254) return 'link_local';
  if (a >= 224) return 'multicast';
  return 'public';
}

// What kind of network an IP literal belongs to (IPv4, IPv6 and IPv4-mapped IPv6).
export function classifyAddress(ip: string): AddressKind {
  const address = ip.replace(/^\[|\]$/g, '').toLowerCase();
  const version = isIP(address);
  if (version === 4) return classifyV4(address);
  if (version !== 6) return 'public';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) return classifyV4(mapped[1]);
  if (address === '::1') return 'loopback';
  if (address === '::') return 'unspecified';
  const first = parseInt(address.split(':')[0] || '0', 16);
  if ((first & 0xfe00) === 0xfc00) return 'private';
  if ((first & 0xffc0) === 0xfe80) return 'link_local';
  if ((first & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

// The kinds production refuses, as messages name them.
const REFUSED_KIND: Partial<Record<AddressKind, Message>> = {
  loopback: msg('address_kind.loopback'),
  link_local: msg('address_kind.link_local'),
  unspecified: msg('address_kind.unspecified'),
  multicast: msg('address_kind.multicast'),
};

// Why a resolved address may not be called, or null. Plain http is for local development only.
export function refuseAddress(kind: AddressKind, protocol: string, production: boolean): string | null {
  if (production && NEVER_IN_PRODUCTION.includes(kind)) return `the address is ${kind.replace('_', '-')}`;
  if (protocol === 'http:' && !LOCAL.includes(kind))
    return 'plain http is only allowed to localhost or private addresses';
  return null;
}

// Checks a webhook URL when it is saved; the answer is the reason it is refused. The addresses are
// checked again at each delivery (a name may resolve elsewhere later), see webhook-sender.ts.
export async function checkWebhookUrl(raw: string, production: boolean): Promise<Message | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return msg('webhook_url.invalid');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return msg('webhook_url.https');
  if (url.username || url.password) return msg('webhook_url.credentials');
  if (url.protocol === 'http:' && production) return msg('webhook_url.http_rule');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  let kinds: AddressKind[];
  if (isIP(host)) kinds = [classifyAddress(host)];
  else if (url.protocol === 'http:' && host.toLowerCase() === 'localhost') kinds = ['loopback'];
  else if (url.protocol === 'http:') {
    // A name over plain http must resolve to local addresses only.
    const found = await lookup(host, { all: true }).catch(() => []);
    if (!found.length) return msg('webhook_url.unresolved', { host });
    kinds = found.map((a) => classifyAddress(a.address));
  } else return null;
  for (const kind of kinds) {
    if (!refuseAddress(kind, url.protocol, production)) continue;
    // Plain http in development breaks the http rule; otherwise production refuses the address's kind.
    if (url.protocol === 'http:' && !production) return msg('webhook_url.http_rule');
    return msg('webhook_url.address_refused', { kind: REFUSED_KIND[kind] ?? kind });
  }
  return null;
}
