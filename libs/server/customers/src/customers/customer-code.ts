import { sequenceCode } from '@crm/server-core';

// Customer codes generated when none is given: "C-" and the sequence value, zero-padded to 6 digits.
export const customerCodes = sequenceCode({
  sequence: 'customer_code_seq',
  prefix: 'C-',
  table: 'customers',
  column: 'code',
});

export const formatCustomerCode = (n: number | string | bigint) => customerCodes.format(n);
