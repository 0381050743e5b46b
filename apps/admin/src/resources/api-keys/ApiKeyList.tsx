import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import { DataTable, List } from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import { ScopeChips } from './ScopeChips';
import { ApiKeyStatus } from './ApiKeyStatus';
import { RevokeButton } from './RevokeButton';
import { LocaleDateField } from '../../components/LocaleDateField';

export const ApiKeyList = () => (
  <List
    perPage={LIST_PAGE_SIZE}
    sort={{ field: 'createdAt', order: 'DESC' }}
    empty={<ListEmpty canCreate />}
    exporter={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="scopes" disableSort>
        <ScopeChips />
      </DataTable.Col>
      <DataTable.Col source="prefix" disableSort />
      <DataTable.Col source="status" disableSort>
        <ApiKeyStatus />
      </DataTable.Col>
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="lastUsedAt">
        <LocaleDateField source="lastUsedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="expiresAt">
        <LocaleDateField source="expiresAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <RevokeButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
