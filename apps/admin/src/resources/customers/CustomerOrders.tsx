import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import AddShoppingCartIcon from '@mui/icons-material/AddShoppingCart';
import { Box, Stack, Typography } from '@mui/material';
import {
  CreateButton,
  DataTable,
  Pagination,
  ReferenceField,
  ReferenceManyField,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { EmptyText } from '../../components/EmptyText';
import { EnumChip } from '../../components/EnumChip';
import { LocaleDateField } from '../../components/LocaleDateField';
import { MoneyField } from '../../components/MoneyField';
import { useCanWrite, useHasAccess } from '../../components/usePermissionsFor';
import type { Customer, Order, Payment } from '../../providers/types';
import { ORDER_STATUS_COLORS } from '../orders/orderEnums';
import { OutstandingField } from '../orders/OutstandingField';

const Heading = ({ title }: { title: string }) => (
  <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
    {useTranslate()(title, { smart_count: 2 })}
  </Typography>
);

/** The customer's orders with total, paid and outstanding amounts, and the payments collected. */
export const CustomerOrders = () => {
  const customer = useRecordContext<Customer>();
  const canSeeOrders = useHasAccess('orders');
  const canWrite = useCanWrite('orders');
  if (!customer || !canSeeOrders) return null;
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'center' }}>
        <Heading title="resources.orders.name" />
        {canWrite && !customer.deletedAt && (
          <CreateButton
            resource="orders"
            label="crm.orders.new_for_customer"
            state={{ record: { customerId: customer.id } }}
            icon={<AddShoppingCartIcon />}
          />
        )}
      </Stack>
      <ReferenceManyField
        reference="orders"
        target="customerId"
        sort={{ field: 'orderDate', order: 'DESC' }}
        perPage={LIST_PAGE_SIZE}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      >
        <DataTable<Order> rowClick="show" bulkActionButtons={false} empty={<EmptyText message="crm.orders.none" />}>
          <DataTable.Col source="number" />
          <DataTable.Col source="orderDate">
            <LocaleDateField source="orderDate" showTime={false} />
          </DataTable.Col>
          <DataTable.Col source="status" disableSort>
            <EnumChip source="status" enumKey="orderStatus" colors={ORDER_STATUS_COLORS} />
          </DataTable.Col>
          <DataTable.Col source="deliveryStatus" disableSort>
            <EnumChip source="deliveryStatus" enumKey="deliveryStatus" />
          </DataTable.Col>
          <DataTable.Col source="total" align="right">
            <MoneyField source="total" withCurrency />
          </DataTable.Col>
          <DataTable.Col source="paidAmount" disableSort align="right">
            <MoneyField source="paidAmount" />
          </DataTable.Col>
          <DataTable.Col source="outstandingAmount" disableSort align="right">
            <OutstandingField />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <Heading title="resources.payments.name" />
      <ReferenceManyField
        reference="payments"
        target="customerId"
        sort={{ field: 'paidAt', order: 'DESC' }}
        perPage={LIST_PAGE_SIZE}
        pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      >
        <DataTable<Payment>
          rowClick={false}
          bulkActionButtons={false}
          empty={<EmptyText message="crm.payments.none" />}
        >
          <DataTable.Col source="paidAt">
            <LocaleDateField source="paidAt" showTime={false} />
          </DataTable.Col>
          <DataTable.Col source="orderId" disableSort>
            <ReferenceField source="orderId" reference="orders" link="show" />
          </DataTable.Col>
          <DataTable.Col source="method" disableSort>
            <DictionaryField type="payment_method" source="method" />
          </DataTable.Col>
          <DataTable.Col source="reference" disableSort />
          <DataTable.Col source="amount" align="right">
            <MoneyField source="amount" />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
