import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import { DataTable, List, NullableBooleanInput, SearchInput } from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import { LocaleDateField } from '../../components/LocaleDateField';
import { EventChips, WebhookStatus, WebhookUrlField } from './webhookFields';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <NullableBooleanInput key="active" source="active" />];

// The API sorts webhooks by createdAt and url only.
export const WebhookList = () => (
  <List
    perPage={LIST_PAGE_SIZE}
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    empty={<ListEmpty canCreate />}
    exporter={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="url">
        <WebhookUrlField />
      </DataTable.Col>
      <DataTable.Col source="events" disableSort>
        <EventChips />
      </DataTable.Col>
      <DataTable.Col source="status" disableSort>
        <WebhookStatus />
      </DataTable.Col>
      <DataTable.Col source="lastDeliveryAt" disableSort>
        <LocaleDateField source="lastDeliveryAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
