import { en } from './messages.en';
import { zh } from './messages.zh';

// The API's languages; also what a user's profile may choose.
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];

// The Content-Language each locale is answered with.
export const CONTENT_LANGUAGE: Record<Locale, string> = { en: 'en', zh: 'zh-CN' };

// Every message key of the product: core's, plus those each lib adds to this interface by module
// augmentation next to its catalog (see registerMessages), so `msg('order_closed')` type-checks in any
// lib whose catalog has it and a typo fails everywhere.
//   declare module '@crm/server-core' { interface MessageKeys extends Keys<typeof en> {} }
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface MessageKeys extends Keys<typeof en> {}
export type MessageKey = keyof MessageKeys & string;

// The keys of an English catalog, as MessageKeys entries.
export type Keys<E> = { readonly [K in keyof E]: true };
// A catalog in another language: every English key, no other (a missing key fails the type-check).
export type Translation<E> = { readonly [K in keyof E]: string };

export interface MessageCatalog<E extends Readonly<Record<string, string>>> {
  en: E;
  zh: Translation<E>;
}

const CATALOGS: Record<Locale, Map<string, string>> = { en: new Map(), zh: new Map() };

// Merges a lib's catalog into the API's, at load time (the lib's i18n/messages.ts). A key belongs to
// one catalog: a second lib claiming it with other wording is refused.
export function registerMessages<E extends Readonly<Record<string, string>>>(catalog: MessageCatalog<E>) {
  for (const [key, text] of Object.entries(catalog.en)) {
    const known = CATALOGS.en.get(key);
    if (known !== undefined && known !== text) throw new Error(`message key "${key}" is registered twice`);
  }
  for (const locale of LOCALES)
    for (const [key, text] of Object.entries(catalog[locale] as Record<string, string>))
      CATALOGS[locale].set(key, text);
}

registerMessages({ en, zh });

// The English of a key (undefined for a key no loaded catalog has).
export const englishOf = (key: string): string | undefined => CATALOGS.en.get(key);

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

export const isMessageKey = (key: string): key is MessageKey => CATALOGS.en.has(key);

// `{name}` is replaced by params.name; an unknown placeholder stays as it is. Values are inserted
// once, so a `{…}` inside a value is never expanded.
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  const template = CATALOGS[locale].get(key) ?? CATALOGS.en.get(key) ?? key;
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
  for (const [key, english] of CATALOGS.en) if (key.startsWith(prefix) && english === text) return key as MessageKey;
  return undefined;
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
