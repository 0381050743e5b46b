import { sequenceCode } from '@crm/server-core';

// Generated order numbers: "SO-<year of the order date>-<sequence, 6 digits>", e.g. SO-2026-000123.
export const orderNumbers = sequenceCode<{ orderDate: string }>({
  sequence: 'order_number_seq',
  prefix: ({ orderDate }) => `SO-${orderDate.slice(0, 4)}-`,
  table: 'orders',
  column: 'number',
});

export const formatOrderNumber = (orderDate: string, n: number | string | bigint) =>
  orderNumbers.format(n, { orderDate });
