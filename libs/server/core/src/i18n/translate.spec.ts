import { en } from './messages.en';
import { zh } from './messages.zh';
import { english, keyForEnglish, localise, msg, resolveLocale, translate } from './translate';

const placeholders = (template: string) => new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('resolveLocale', () => {
  it('answers English without a header or for languages it does not offer', () => {
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale('fr-FR, de;q=0.8')).toBe('en');
    expect(resolveLocale('*')).toBe('en');
  });

  it('answers Simplified Chinese for zh, zh-CN, zh-SG and zh-Hans, in any case', () => {
    for (const header of ['zh', 'zh-CN', 'zh-cn', 'ZH-Hans', 'zh-Hans-CN', 'zh-SG', 'zh-CN,zh;q=0.9,en;q=0.8'])
      expect(resolveLocale(header)).toBe('zh');
  });

  it('follows the weights, not the order, and skips refused or unsupported ranges', () => {
    expect(resolveLocale('en;q=0.5, zh-CN')).toBe('zh');
    expect(resolveLocale('zh-CN;q=0.4, en-US;q=0.9')).toBe('en');
    expect(resolveLocale('fr, zh-CN;q=0.5')).toBe('zh');
    expect(resolveLocale('zh;q=0, en')).toBe('en');
    expect(resolveLocale('zh-TW')).toBe('en');
    expect(resolveLocale('zh-TW, zh;q=0.8')).toBe('zh');
    expect(resolveLocale(['fr', 'zh-CN'])).toBe('zh');
  });
});

describe('translate', () => {
  it('fills {placeholders}, rendering Message parameters in the same locale', () => {
    const params = { entity: msg('entity.customer'), id: 'c1' };
    expect(translate('en', 'not_found', params)).toBe('Customer c1 was not found');
    expect(translate('zh', 'not_found', params)).toBe('客户 c1 不存在');
  });

  it('inserts values once: braces inside a value are not expanded, unknown placeholders stay', () => {
    expect(translate('en', 'validation_failed.sort', { name: '{field}' })).toBe('Cannot sort by "{field}"');
    expect(translate('en', 'validation_failed.sort')).toBe('Cannot sort by "{name}"');
  });

  it('keeps English as the stored text and translates only what has a key', () => {
    expect(localise('zh', { message: 'Nope' })).toBe('Nope');
    expect(localise('en', { message: 'As the DTO says', key: 'validation.isInt', params: { property: 'page' } })).toBe(
      'As the DTO says',
    );
    expect(localise('zh', { message: 'x', key: 'validation.isInt', params: { property: 'page' } })).toBe(
      'page 必须是整数',
    );
    expect(english(msg('forbidden'))).toBe('You do not have permission to do this');
  });

  it('finds a title or record name by its English', () => {
    expect(keyForEnglish('title.', 'Validation failed')).toBe('title.validation_failed');
    expect(keyForEnglish('entity.', 'Staff member')).toBe('entity.staff_member');
    expect(keyForEnglish('entity.', 'Spaceship')).toBeUndefined();
  });
});

describe('message catalogs', () => {
  it('translate every English key into Chinese with no placeholder English lacks', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, template] of Object.entries(zh)) {
      const known = placeholders(en[key as keyof typeof en]);
      for (const name of placeholders(template))
        expect({ key, name, known: known.has(name) }).toEqual({ key, name, known: true });
      expect(template.trim()).not.toBe('');
    }
  });
});
