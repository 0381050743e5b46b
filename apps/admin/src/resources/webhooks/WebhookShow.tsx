import { showUnavailableProps } from '../../components/RecordUnavailable';
import {
  DeleteWithConfirmButton,
  EditButton,
  NumberField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { LocaleDateField } from '../../components/LocaleDateField';
import { SendTestButton } from './SendTestButton';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookStateAlert } from './WebhookStateAlert';
import { EventChips, WebhookStatus } from './webhookFields';

const WebhookShowActions = () => (
  <TopToolbar>
    <SendTestButton />
    <EditButton />
    {/* Deleting also drops the delivery log: confirm first. */}
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const WebhookShow = () => (
  <Show {...showUnavailableProps} actions={<WebhookShowActions />}>
    <WebhookStateAlert />
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="crm.tabs.details">
        <TextField source="url" sx={{ wordBreak: 'break-all' }} />
        <TextField source="description" emptyText="—" />
        <EventChips label="resources.webhooks.fields.events" all />
        <WebhookStatus label="resources.webhooks.fields.status" />
        <NumberField source="failureCount" />
        <LocaleDateField source="lastDeliveryAt" emptyText="—" />
        <LocaleDateField source="disabledAt" emptyText="—" />
        <LocaleDateField source="createdAt" />
        <LocaleDateField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="crm.webhooks.tabs.deliveries" path="deliveries">
        <WebhookDeliveries />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="crm.tabs.history" path="history">
        <AuditHistory resource="webhooks" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
