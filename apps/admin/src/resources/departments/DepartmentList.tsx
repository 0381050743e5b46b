import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import { DataTable, List, ReferenceField, SearchInput, TextField } from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';

const filters = [<SearchInput key="q" source="q" alwaysOn />];

export const DepartmentList = () => (
  <List
    perPage={LIST_PAGE_SIZE}
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    empty={<ListEmpty canCreate />}
    exporter={false}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="description" disableSort>
        <TextField source="description" sx={{ display: 'block', maxWidth: 360 }} noWrap />
      </DataTable.Col>
      <DataTable.Col source="managerId" disableSort>
        <ReferenceField source="managerId" reference="users" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="parentId" disableSort>
        <ReferenceField source="parentId" reference="departments" link="show" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
