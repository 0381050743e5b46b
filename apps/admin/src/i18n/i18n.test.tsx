import englishMessages from 'ra-language-english';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { createI18nProvider, messages } from './i18nProvider';
import { raChinese } from './ra-zh';
import { zh } from './zh';

/** Every leaf key path of a nested message object, e.g. "ra.action.save". */
const keys = (tree: object, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('translations', () => {
  it('ra-zh translates every key of ra-language-english, and nothing else', () => {
    expect(keys(raChinese).sort()).toEqual(keys(englishMessages).sort());
  });

  it('zh has exactly the keys of en', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('no Chinese message is left empty or in English', () => {
    const flat = (tree: object) =>
      Object.fromEntries(
        keys(tree).map((k) => [
          k,
          k.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown>)[part], tree),
        ]),
      );
    const enFlat = flat(en);
    const zhFlat = flat(zh);
    // IDs, brand names and pure placeholders read the same in both languages.
    const same = new Set(['crm.app_title', 'crm.audit.summary']);
    for (const key of keys(en)) {
      expect(zhFlat[key], key).toBeTruthy();
      if (!same.has(key) && !key.endsWith('.id')) expect(zhFlat[key], key).not.toBe(enFlat[key]);
    }
  });

  it('merges the app messages over react-admin messages', () => {
    const provider = createI18nProvider('en');
    expect(provider.translate('ra.auth.username')).toBe('Email');
    expect(provider.translate('ra.action.save')).toBe('Save');
    expect(provider.translate('resources.users.name', { smart_count: 2 })).toBe('Users');
    expect(provider.translate('crm.roles.admin')).toBe('Administrator');
    expect(keys(messages.zh).length).toBe(keys(messages.en).length);
  });

  it('translates to Simplified Chinese after changing locale', async () => {
    const provider = createI18nProvider('en');
    await provider.changeLocale('zh');
    expect(provider.translate('ra.page.dashboard')).toBe('仪表盘');
    expect(provider.translate('resources.users.name', { smart_count: 2 })).toBe('用户');
    expect(provider.translate('resources.api-keys.name', { smart_count: 2 })).toBe('API 密钥');
    expect(provider.translate('crm.roles.admin')).toBe('系统管理员');
    expect(provider.translate('crm.roles.call_agent')).toBe('座席代表');
  });
});
