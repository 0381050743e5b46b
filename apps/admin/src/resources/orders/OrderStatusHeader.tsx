import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Box, Chip, Paper, Stack, Typography } from '@mui/material';
import { ReferenceField, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { EnumChip } from '../../components/EnumChip';
import { enumLabel } from '../../components/enums';
import { formatMoney } from '../../components/MoneyField';
import type { Order } from '../../providers/types';
import { ORDER_STATUS_COLORS } from './orderEnums';

const Figure = ({ label, value, color }: { label: string; value: string; color?: string }) => (
  <Box sx={{ minWidth: 140 }}>
    <Typography variant="caption" color="text.secondary" component="div">
      {label}
    </Typography>
    <Typography variant="h6" color={color} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {value}
    </Typography>
  </Box>
);

// A date-only value (YYYY-MM-DD) in the UI language, without shifting it through the browser's time zone.
const formatDate = (date: string, locale: string) =>
  new Date(`${date.slice(0, 10)}T00:00:00Z`).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en-US', {
    timeZone: 'UTC',
  });

/**
 * Delivery progress beside the status, told apart from it ("Delivery: …", outlined, with a truck): shown
 * while it says something the status does not, hidden for drafts, cancelled orders and a delivered status.
 */
const DeliveryChip = ({ record }: { record: Order }) => {
  const translate = useTranslate();
  const { status, deliveryStatus } = record;
  if (status === 'draft' || status === 'cancelled') return null;
  if ((status === 'delivered' || status === 'completed') && deliveryStatus === 'delivered') return null;
  return (
    <Chip
      size="small"
      variant="outlined"
      icon={<LocalShippingIcon />}
      color={deliveryStatus === 'returned' ? 'warning' : 'default'}
      label={`${translate('resources.orders.fields.deliveryStatus')}: ${translate(enumLabel('deliveryStatus', deliveryStatus), { _: deliveryStatus })}`}
    />
  );
};

/** Number, status, delivery, customer, order date, status and the server's amounts: total, paid and outstanding. */
export const OrderStatusHeader = () => {
  const record = useRecordContext<Order>();
  const translate = useTranslate();
  const locale = useLocale();
  if (!record) return null;
  const field = (name: string) => translate(`resources.orders.fields.${name}`);
  const outstanding = Number(record.outstandingAmount);
  return (
    <Paper variant="outlined" sx={{ p: 2, mb: 2 }}>
      <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Typography variant="h6">{record.number}</Typography>
        <EnumChip source="status" enumKey="orderStatus" colors={ORDER_STATUS_COLORS} />
        <DeliveryChip record={record} />
        <Typography variant="body1" color="text.secondary" component="span">
          <ReferenceField source="customerId" reference="customers" link="show" />
        </Typography>
        <Typography variant="body2" color="text.secondary" component="span">
          {field('orderDate')}: {formatDate(record.orderDate, locale)}
        </Typography>
      </Stack>
      <Stack direction="row" spacing={4} sx={{ mt: 1.5, flexWrap: 'wrap', rowGap: 1 }}>
        <Figure label={field('total')} value={formatMoney(record.total, locale, record.currency)} />
        <Figure label={field('paidAmount')} value={formatMoney(record.paidAmount, locale, record.currency)} />
        <Figure
          label={field('outstandingAmount')}
          value={formatMoney(record.outstandingAmount, locale, record.currency)}
          color={outstanding > 0 ? 'warning.main' : 'success.main'}
        />
      </Stack>
      {record.status === 'cancelled' && record.cancelReason && (
        <Typography variant="body2" color="error" sx={{ mt: 1 }}>
          {field('cancelReason')}: {record.cancelReason}
        </Typography>
      )}
    </Paper>
  );
};
