import { en } from './messages.en';
import { zh } from './messages.zh';
import {
  english,
  isMessageKey,
  keyForEnglish,
  localise,
  msg,
  registerMessages,
  resolveLocale,
  translate,
  type Translation,
} from './translate';

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
    const params = { entity: msg('entity.department'), id: 'd1' };
    expect(translate('en', 'not_found', params)).toBe('Department d1 was not found');
    expect(translate('zh', 'not_found', params)).toBe('部门 d1 不存在');
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

describe('lib catalogs', () => {
  // What a lib's i18n/messages.ts does at load time.
  const ticketsEn = { 'entity.ticket': 'Ticket', ticket_closed: 'Ticket {number} is closed' } as const;
  const ticketsZh: Translation<typeof ticketsEn> = { 'entity.ticket': '工单', ticket_closed: '工单 {number} 已关闭' };
  registerMessages({ en: ticketsEn, zh: ticketsZh });

  it('merges a lib catalog: its keys render in both languages and are found by their English', () => {
    expect(isMessageKey('ticket_closed')).toBe(true);
    expect(isMessageKey('ticket_opened')).toBe(false);
    const key = 'ticket_closed' as Parameters<typeof msg>[0];
    expect(translate('zh', key, { number: 'T-1' })).toBe('工单 T-1 已关闭');
    expect(english(msg(key, { number: 'T-1' }))).toBe('Ticket T-1 is closed');
    expect(keyForEnglish('entity.', 'Ticket')).toBe('entity.ticket');
  });

  it('refuses a key another catalog already words differently', () => {
    expect(() => registerMessages({ en: { forbidden: 'Go away' }, zh: { forbidden: '走开' } })).toThrow(
      'message key "forbidden" is registered twice',
    );
    expect(translate('en', 'forbidden')).toBe('You do not have permission to do this');
  });

  it('type-checks keys and translations', () => {
    // @ts-expect-error a Chinese catalog that lacks an English key fails the type-check
    const missing: Translation<typeof ticketsEn> = { 'entity.ticket': '工单' };
    // @ts-expect-error a key no catalog declares fails the type-check
    const unknown = () => msg('no_such_key');
    expect([missing, unknown]).toHaveLength(2);
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
