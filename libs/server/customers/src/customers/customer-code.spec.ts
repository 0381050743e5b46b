import { formatCustomerCode } from './customer-code';

describe('formatCustomerCode', () => {
  it('pads the sequence value to six digits', () => {
    expect(formatCustomerCode(1)).toBe('C-000001');
    expect(formatCustomerCode('123')).toBe('C-000123');
    expect(formatCustomerCode(999999)).toBe('C-999999');
  });

  it('grows past six digits instead of wrapping', () => {
    expect(formatCustomerCode(1234567)).toBe('C-1234567');
    expect(formatCustomerCode('12345678901234567890')).toBe('C-12345678901234567890');
  });

  it('rejects values that are not positive whole numbers', () => {
    expect(() => formatCustomerCode(0)).toThrow();
    expect(() => formatCustomerCode(-5)).toThrow();
    expect(() => formatCustomerCode('1.5')).toThrow();
  });
});
