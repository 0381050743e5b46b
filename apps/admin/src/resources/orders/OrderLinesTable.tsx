import { Table, TableBody, TableCell, TableFooter, TableHead, TableRow } from '@mui/material';
import { useLocale, useRecordContext, useTranslate } from 'react-admin';
import { formatMoney } from '../../components/MoneyField';
import type { Order } from '../../providers/types';

/** The saved lines with the server's line totals and order totals. */
export const OrderLinesTable = () => {
  const order = useRecordContext<Order>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!order) return null;
  const field = (name: string) => translate(`resources.orders.fields.${name}`);
  const amount = (value: string) => formatMoney(value, locale);
  const num = { align: 'right' as const, sx: { fontVariantNumeric: 'tabular-nums' } };
  return (
    <Table size="small" aria-label={field('lines')}>
      <TableHead>
        <TableRow>
          <TableCell>{field('productId')}</TableCell>
          <TableCell {...num}>{field('quantity')}</TableCell>
          <TableCell {...num}>{field('unitPrice')}</TableCell>
          <TableCell {...num}>{field('discount')}</TableCell>
          <TableCell {...num}>{field('lineTotal')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {order.lines.map((line) => (
          <TableRow key={line.id}>
            {/* The product's name as it was when the line was written. */}
            <TableCell>{line.productName}</TableCell>
            <TableCell {...num}>{line.quantity}</TableCell>
            <TableCell {...num}>{amount(line.unitPrice)}</TableCell>
            <TableCell {...num}>{line.discount}%</TableCell>
            <TableCell {...num}>{amount(line.lineTotal)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter
        sx={{ '& .MuiTableCell-root': { color: 'text.primary', fontSize: '0.875rem', borderBottom: 'none' } }}
      >
        {(['subtotal', 'discountTotal', 'total'] as const).map((name) => (
          <TableRow key={name}>
            <TableCell colSpan={4} align="right">
              {field(name)}
            </TableCell>
            <TableCell {...num} sx={{ ...num.sx, fontWeight: name === 'total' ? 700 : 400 }}>
              {formatMoney(order[name], locale, order.currency)}
            </TableCell>
          </TableRow>
        ))}
      </TableFooter>
    </Table>
  );
};
