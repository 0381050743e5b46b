import { emailKey, nameKey, phoneDigits, phoneKey } from './match-keys';

describe('nameKey', () => {
  it('ignores case, punctuation and spaces', () => {
    expect(nameKey('  ACME  Trading, (Shanghai)! ')).toBe('acmetradingshanghai');
    expect(nameKey('acme-trading shanghai')).toBe('acmetradingshanghai');
  });

  it('strips trailing legal suffixes, however many', () => {
    expect(nameKey('Acme Co., Ltd.')).toBe('acme');
    expect(nameKey('Acme Inc')).toBe('acme');
    expect(nameKey('Acme Corporation Limited')).toBe('acme');
    expect(nameKey('Müller GmbH')).toBe('müller');
  });

  it('keeps a suffix word that is the whole name, or inside the name', () => {
    expect(nameKey('Company')).toBe('company');
    expect(nameKey('Co-op Ltd')).toBe('coop');
    expect(nameKey('Limited Edition Toys')).toBe('limitededitiontoys');
  });

  it('strips Chinese legal forms and full-width punctuation', () => {
    expect(nameKey('上海华信贸易有限公司')).toBe('上海华信贸易');
    expect(nameKey('上海华信贸易股份有限公司')).toBe('上海华信贸易');
    expect(nameKey('上海 华信贸易（集团）有限公司')).toBe('上海华信贸易');
    expect(nameKey('上海华信贸易公司')).toBe('上海华信贸易');
  });

  it('treats full-width letters like ASCII', () => {
    expect(nameKey('ＡＣＭＥ Ltd')).toBe('acme');
  });

  it('has no key for empty or punctuation-only names', () => {
    expect(nameKey('')).toBeNull();
    expect(nameKey(null)).toBeNull();
    expect(nameKey(' -- ')).toBeNull();
  });
});

describe('phoneKey', () => {
  it('matches numbers by their last 8 digits whatever the formatting', () => {
    const key = '12345678';
    expect(phoneKey('+86 138-1234-5678')).toBe(key);
    expect(phoneKey('0086 (138) 1234 5678')).toBe(key);
    expect(phoneKey('13812345678')).toBe(key);
    expect(phoneKey('１３８１２３４５６７８')).toBe(key);
  });

  it('has no key for numbers shorter than 8 digits', () => {
    expect(phoneKey('1234567')).toBeNull();
    expect(phoneKey('ext. 12')).toBeNull();
    expect(phoneKey(undefined)).toBeNull();
  });
});

describe('phoneDigits', () => {
  it('keeps only the digits', () => {
    expect(phoneDigits('+86 (21) 5555-0123')).toBe('862155550123');
    expect(phoneDigits('n/a')).toBeNull();
  });
});

describe('emailKey', () => {
  it('trims and lower-cases', () => {
    expect(emailKey('  Sales@ACME.com ')).toBe('sales@acme.com');
    expect(emailKey('')).toBeNull();
    expect(emailKey(null)).toBeNull();
  });
});
