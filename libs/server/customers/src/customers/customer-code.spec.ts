import { formatCustomerCode, generateCustomerCode } from './customer-code';

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

describe('generateCustomerCode', () => {
  it('takes the next sequence value when its code is free', async () => {
    await expect(
      generateCustomerCode(
        async () => '42',
        async () => false,
      ),
    ).resolves.toBe('C-000042');
  });

  it('skips codes someone entered by hand', async () => {
    let n = 41;
    const taken = new Set(['C-000042', 'C-000043']);
    await expect(
      generateCustomerCode(
        async () => ++n,
        async (c) => taken.has(c),
      ),
    ).resolves.toBe('C-000044');
  });

  it('gives up after a bounded number of attempts', async () => {
    let n = 0;
    await expect(
      generateCustomerCode(
        async () => ++n,
        async () => true,
        3,
      ),
    ).rejects.toThrow(/3 attempts/);
    expect(n).toBe(3);
  });
});
