import { english, isMessageKey, msg, translate, type Translation } from '@crm/server-core';
import './messages';
import { en } from './messages.en';
import { zh } from './messages.zh';

const placeholders = (template: string) => new Set([...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));

describe('customers message catalog', () => {
  it('joins the API catalog: its keys are known and render in Chinese', () => {
    expect(isMessageKey('order_closed')).toBe(true);
    expect(translate('zh', 'not_found', { entity: msg('entity.customer'), id: 'c1' })).toBe('客户 c1 不存在');
    expect(english(msg('order_closed', { status: msg('order_status.completed') }))).toBe(
      'An order in status completed can no longer be changed',
    );
  });

  it('translates every English key into Chinese with no placeholder English lacks', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const [key, template] of Object.entries(zh)) {
      const known = placeholders(en[key as keyof typeof en]);
      for (const name of placeholders(template))
        expect({ key, name, known: known.has(name) }).toEqual({ key, name, known: true });
      expect(template.trim()).not.toBe('');
    }
  });

  it('is what the type-check holds the Chinese catalog to', () => {
    const { customer_merged: _left, ...incomplete } = zh;
    // @ts-expect-error the Chinese catalog must translate every English key
    const missing: Translation<typeof en> = incomplete;
    expect(Object.keys(missing)).not.toContain('customer_merged');
  });
});
