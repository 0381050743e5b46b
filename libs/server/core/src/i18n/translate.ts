import { en, MessageKey } from './messages.en';
import { zh } from './messages.zh';

export type { MessageKey } from './messages.en';

// The API's languages; also what a user's profile may choose.
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

// The Content-Language each locale is answered with.
export const CONTENT_LANGUAGE: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, zh };

export type MessageParam = string | number | Message;
export type MessageParams = Readonly<Record<string, MessageParam>>;

// A catalog entry and its parameters, rendered once the caller's locale is known. A parameter may
// itself be a Message (a record name, a status) so it is rendered in the same locale.
export class Message {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {}
}

export const msg = (key: MessageKey, params?: MessageParams) => new Message(key, params);

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(en, key);

// `{name}` is replaced by params.name; an unknown placeholder stays as it is. Values are inserted
// once, so a `{…}` inside a value is never expanded.
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template: string = CATALOGS[locale][key] ?? en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return value instanceof Message ? translate(locale, value.key, value.params) : String(value);
  });
}

// English text plus, when it comes from the catalog, how to say it in another locale. English is
// always the stored text, so logs, import reports and `Error.message` stay English.
export interface Localisable {
  message: string;
  key?: MessageKey;
  params?: MessageParams;
}

export const english = (m: Message) => translate('en', m.key, m.params);

export function toLocalisable(text: string | Message | Localisable): Localisable {
  if (typeof text === 'string') return { message: text };
  if (text instanceof Message) return { message: english(text), key: text.key, params: text.params };
  return text;
}

export const localise = (locale: Locale, text: Localisable): string =>
  locale === 'en' || !text.key ? text.message : translate(locale, text.key, text.params);

// The key whose English under `prefix` is exactly `text` (titles and record names given as English).
export function keyForEnglish(prefix: 'title.' | 'entity.', text: string): MessageKey | undefined {
  return (Object.keys(en) as MessageKey[]).find((key) => key.startsWith(prefix) && en[key] === text);
}

// Simplified Chinese for zh, zh-CN, zh-SG, zh-Hans…; Traditional tags (zh-TW, zh-HK, zh-Hant…) are not
// offered, so the next range in the header decides.
function localeOfTag(tag: string): Locale | undefined {
  if (tag === '*' || tag === 'en' || tag.startsWith('en-')) return 'en';
  if (tag === 'zh' || tag.startsWith('zh-')) return /^zh-(hant|tw|hk|mo)(-|$)/.test(tag) ? undefined : 'zh';
  return undefined;
}

// Accept-Language negotiation (RFC 9110 §12.5.4): the most preferred range we support wins; none, or
// no header, means English.
export function resolveLocale(acceptLanguage: string | string[] | undefined): Locale {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return 'en';
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag, ...attributes] = part.split(';').map((s) => s.trim());
      const q = attributes.find((a) => /^q=/i.test(a));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    const locale = localeOfTag(tag);
    if (locale) return locale;
  }
  return 'en';
}
