import { divRound, formatCents, toBasisPoints, toCents } from './money';
import { lineAmounts, orderAmounts } from './order-totals';

describe('money', () => {
  it('parses decimal strings into cents and back without floats', () => {
    expect(toCents('1250')).toBe(125000n);
    expect(toCents('1250.5')).toBe(125050n);
    expect(toCents('0.07')).toBe(7n);
    expect(toCents('-3.10')).toBe(-310n);
    expect(formatCents(125050n)).toBe('1250.50');
    expect(formatCents(7n)).toBe('0.07');
    expect(formatCents(-310n)).toBe('-3.10');
    expect(formatCents(99999999999999n)).toBe('999999999999.99');
  });

  it('rejects text that is not an amount', () => {
    expect(() => toCents('1.234')).toThrow();
    expect(() => toCents('abc')).toThrow();
    expect(() => toBasisPoints('12.345')).toThrow();
  });

  it('reads percentages as basis points', () => {
    expect(toBasisPoints(0)).toBe(0n);
    expect(toBasisPoints(12.5)).toBe(1250n);
    expect(toBasisPoints('100')).toBe(10000n);
  });

  it('rounds half away from zero', () => {
    expect(divRound(5n, 10n)).toBe(1n);
    expect(divRound(4n, 10n)).toBe(0n);
    expect(divRound(-5n, 10n)).toBe(-1n);
    expect(divRound(15n, 10n)).toBe(2n);
  });
});

describe('order totals', () => {
  it('computes a line total as round(quantity × unitPrice × (1 − discount/100), 2)', () => {
    expect(lineAmounts({ quantity: 3, unitPrice: '19.99', discount: 0 })).toEqual({
      gross: '59.97',
      lineTotal: '59.97',
    });
    // 3 × 19.99 × 0.875 = 52.47375 → 52.47
    expect(lineAmounts({ quantity: 3, unitPrice: '19.99', discount: 12.5 }).lineTotal).toBe('52.47');
    // 1 × 0.05 × 0.5 = 0.025 → 0.03 (half up)
    expect(lineAmounts({ quantity: 1, unitPrice: '0.05', discount: 50 }).lineTotal).toBe('0.03');
    expect(lineAmounts({ quantity: 7, unitPrice: '10.00', discount: 100 }).lineTotal).toBe('0.00');
  });

  it('sums rounded line totals so that total = subtotal − discountTotal to the cent', () => {
    const amounts = orderAmounts([
      { quantity: 10, unitPrice: '1250.00', discount: 10 },
      { quantity: 3, unitPrice: '0.10', discount: 33.33 },
      { quantity: 1, unitPrice: '999999.99', discount: 0 },
    ]);
    expect(amounts).toEqual({
      lines: [
        { gross: '12500.00', lineTotal: '11250.00' },
        { gross: '0.30', lineTotal: '0.20' },
        { gross: '999999.99', lineTotal: '999999.99' },
      ],
      subtotal: '1012500.29',
      discountTotal: '1250.10',
      total: '1011250.19',
    });
  });

  it('handles amounts floats would get wrong', () => {
    // 0.1 + 0.2 in floats is 0.30000000000000004
    expect(
      orderAmounts([
        { quantity: 1, unitPrice: '0.10', discount: 0 },
        { quantity: 1, unitPrice: '0.20', discount: 0 },
      ]).total,
    ).toBe('0.30');
    // 1.005 × 1000 rounds wrongly as a float
    expect(lineAmounts({ quantity: 1000, unitPrice: '1.01', discount: 0.5 }).lineTotal).toBe('1004.95');
  });
});
