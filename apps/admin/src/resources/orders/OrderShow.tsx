import { showUnavailableProps } from '../../components/RecordUnavailable';
import { Box, Typography } from '@mui/material';
import { EditButton, Show, TabbedShowLayout, TextField, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { AttachmentsPanel } from '../../components/AttachmentsPanel';
import { AuditHistory } from '../../components/AuditHistory';
import { LocaleDateField } from '../../components/LocaleDateField';
import { UserField } from '../../components/UserField';
import { useCanWrite, useHasAccess } from '../../components/usePermissionsFor';
import type { Order } from '../../providers/types';
import { PaymentsPanel } from '../payments/PaymentsPanel';
import { DeliveriesPanel } from './DeliveriesPanel';
import { OrderLinesTable } from './OrderLinesTable';
import { OrderStatusHeader } from './OrderStatusHeader';
import { OrderWorkflowButtons } from './OrderWorkflowButtons';

const OrderShowActions = () => {
  const record = useRecordContext<Order>();
  const canWrite = useCanWrite('orders');
  const closed = record?.status === 'completed' || record?.status === 'cancelled';
  return (
    <TopToolbar>
      <OrderWorkflowButtons />
      {canWrite && !closed && <EditButton />}
    </TopToolbar>
  );
};

const Heading = ({ title }: { title: string }) => (
  <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 3, mb: 1 }}>
    {useTranslate()(title, { smart_count: 2 })}
  </Typography>
);

const OrderAttachments = () => <AttachmentsPanel entity="orders" canWrite={useCanWrite('orders')} />;

export const OrderShow = () => {
  const canSeeHistory = useHasAccess('audit-log');
  return (
    <Show {...showUnavailableProps} actions={<OrderShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="crm.orders.tabs.order">
          <Box sx={{ width: '100%' }}>
            <OrderStatusHeader />
            <OrderLinesTable />
            <Heading title="resources.payments.name" />
            <PaymentsPanel />
          </Box>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.orders.tabs.contract" path="contract">
          <LocaleDateField source="orderDate" showTime={false} />
          <UserField source="ownerId" label="resources.orders.fields.ownerId" />
          <TextField source="currency" />
          <LocaleDateField source="startDate" showTime={false} emptyText="—" />
          <LocaleDateField source="endDate" showTime={false} emptyText="—" />
          <TextField source="signedBy" emptyText="—" />
          <LocaleDateField source="signedAt" emptyText="—" />
          <TextField source="terms" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
          <LocaleDateField source="confirmedAt" emptyText="—" />
          <LocaleDateField source="deliveredAt" emptyText="—" />
          <LocaleDateField source="completedAt" emptyText="—" />
          <LocaleDateField source="cancelledAt" emptyText="—" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.orders.tabs.deliveries" path="deliveries">
          <DeliveriesPanel />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.orders.tabs.attachments" path="attachments">
          <OrderAttachments />
        </TabbedShowLayout.Tab>
        {canSeeHistory && (
          <TabbedShowLayout.Tab label="crm.tabs.history" path="history">
            <AuditHistory resource="orders" />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
