// Customer codes generated when none is given: "C-" and the sequence value, zero-padded to 6 digits.
export const CUSTOMER_CODE_PREFIX = 'C-';
const WIDTH = 6;

export function formatCustomerCode(n: number | string | bigint): string {
  const digits = String(n);
  if (!/^\d+$/.test(digits) || BigInt(digits) < 1n) throw new Error(`not a positive sequence value: ${digits}`);
  return CUSTOMER_CODE_PREFIX + digits.padStart(WIDTH, '0');
}

// Takes sequence values until one gives a free code: someone may have typed "C-000042" by hand.
export async function generateCustomerCode(
  nextValue: () => Promise<number | string>,
  isTaken: (code: string) => Promise<boolean>,
  maxAttempts = 50,
): Promise<string> {
  for (let i = 0; i < maxAttempts; i++) {
    const code = formatCustomerCode(await nextValue());
    if (!(await isTaken(code))) return code;
  }
  throw new Error(`no free customer code after ${maxAttempts} attempts`);
}
