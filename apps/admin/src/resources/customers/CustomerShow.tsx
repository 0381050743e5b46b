import { showUnavailableProps } from '../../components/RecordUnavailable';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { Alert } from '@mui/material';
import {
  CreateButton,
  EditButton,
  Show,
  TabbedShowLayout,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { useCanWrite, useHasAccess } from '../../components/usePermissionsFor';
import type { Customer } from '../../providers/types';
import { CustomerContacts } from './CustomerContacts';
import { CustomerOrders } from './CustomerOrders';
import { CustomerOverview } from './CustomerOverview';
import { CustomerTimeline } from './CustomerTimeline';

const CustomerShowActions = () => {
  const record = useRecordContext<Customer>();
  const canEdit = useCanWrite('customers');
  const canLog = useCanWrite('interactions');
  if (!record || record.deletedAt) return <TopToolbar />;
  return (
    <TopToolbar>
      {canLog && (
        <CreateButton
          resource="interactions"
          label="crm.interactions.log"
          state={{ record: { customerId: record.id } }}
          icon={<EventNoteIcon />}
        />
      )}
      {canEdit && <EditButton />}
    </TopToolbar>
  );
};

const InBinNotice = () => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  if (!record?.deletedAt) return null;
  return (
    <Alert severity="warning" sx={{ mb: 2 }}>
      {translate(record.mergedIntoId ? 'crm.customers.bin.merged_notice' : 'crm.customers.bin.notice')}
    </Alert>
  );
};

export const CustomerShow = () => {
  const canSeeOrders = useHasAccess('orders');
  const canSeeHistory = useHasAccess('audit-log');
  return (
    <Show {...showUnavailableProps} actions={<CustomerShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="crm.customers.tabs.overview">
          <InBinNotice />
          <CustomerOverview />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.contacts" path="contacts">
          <CustomerContacts />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="crm.customers.tabs.timeline" path="timeline">
          <CustomerTimeline />
        </TabbedShowLayout.Tab>
        {canSeeOrders && (
          <TabbedShowLayout.Tab label="crm.customers.tabs.orders" path="orders">
            <CustomerOrders />
          </TabbedShowLayout.Tab>
        )}
        {canSeeHistory && (
          <TabbedShowLayout.Tab label="crm.tabs.history" path="history">
            <AuditHistory resource="customers" />
          </TabbedShowLayout.Tab>
        )}
      </TabbedShowLayout>
    </Show>
  );
};
