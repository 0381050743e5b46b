import { CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { EmptyText } from '../../components/EmptyText';
import { enumLabel } from '../../components/enums';
import type { CrmDataProvider, Order } from '../../providers/types';

/** The order's deliveries (GET /orders/:id/deliveries), written by the Deliver step. */
export const DeliveriesPanel = () => {
  const order = useRecordContext<Order>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending, error } = useQuery({
    // The order's version changes with every step, so a new delivery is fetched after "Deliver".
    queryKey: ['orders', order?.id, 'deliveries', order?.version],
    queryFn: () => dataProvider.listOrderDeliveries(order!.id),
    enabled: Boolean(order?.id),
  });
  if (isPending) return <CircularProgress size={20} aria-label={translate('ra.page.loading')} />;
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (!data.data.length) return <EmptyText message="crm.deliveries.none" />;
  const field = (name: string) => translate(`crm.deliveries.fields.${name}`);
  return (
    <Table size="small" aria-label={translate('crm.orders.tabs.deliveries')}>
      <TableHead>
        <TableRow>
          <TableCell>{field('deliveredAt')}</TableCell>
          <TableCell>{field('status')}</TableCell>
          <TableCell>{field('note')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.data.map((delivery) => (
          <TableRow key={delivery.id}>
            <TableCell>{new Date(delivery.deliveredAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')}</TableCell>
            <TableCell>{translate(enumLabel('deliveryStatus', delivery.status), { _: delivery.status })}</TableCell>
            <TableCell>{delivery.note ?? '—'}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
