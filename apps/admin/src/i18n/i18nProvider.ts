import polyglotI18nProvider from 'ra-i18n-polyglot';
import englishMessages from 'ra-language-english';
import type { TranslationMessages } from 'react-admin';
import { moduleMessages } from '../modules';
import { en } from './en';
import { raChinese } from './ra-zh';
import { zh } from './zh';

export const LOCALES = [
  { locale: 'en', name: 'English' },
  { locale: 'zh', name: '简体中文' },
];

type Tree = { [key: string]: string | Tree };

function deepMerge(base: Tree, extra: Tree): Tree {
  const out: Tree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? deepMerge(current, value) : value;
  }
  return out;
}

// react-admin's, then the app's, then each domain module's `resources.<name>` (modules.ts).
const catalog = (base: Tree, app: Tree, locale: 'en' | 'zh') =>
  deepMerge(deepMerge(base, app), { resources: moduleMessages(locale) }) as unknown as TranslationMessages;

export const messages: Record<string, TranslationMessages> = {
  en: catalog(englishMessages as unknown as Tree, en, 'en'),
  zh: catalog(raChinese as unknown as Tree, zh, 'zh'),
};

export const LOCALE_KEY = 'crm.locale';

/** The locale chosen last time, so a reload (or a new login) starts in it without flashing English. */
export function storedLocale(storage: Pick<Storage, 'getItem'> = window.localStorage): string {
  const locale = storage.getItem(LOCALE_KEY);
  return locale && locale in messages ? locale : 'en';
}

export const createI18nProvider = (initialLocale = 'en') =>
  // allowMissing: API messages (server `detail`) pass through translate() unchanged.
  polyglotI18nProvider((locale) => messages[locale] ?? messages.en, initialLocale, LOCALES, { allowMissing: true });
