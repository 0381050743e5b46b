import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import {
  AutocompleteInput,
  BooleanField,
  DataTable,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
} from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import { RoleChips } from '../../components/RoleChips';
import { roleChoices } from '../../permissions';
import { LocaleDateField } from '../../components/LocaleDateField';
import { BY_NAME } from '../../components/sorts';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <NullableBooleanInput key="active" source="active" />,
  <ReferenceInput key="departmentId" source="departmentId" reference="departments" sort={BY_NAME}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

export const UserList = () => (
  <List
    perPage={LIST_PAGE_SIZE}
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    empty={<ListEmpty canCreate />}
    exporter={false}
  >
    {/* No bulk actions: users are deactivated one by one, never deleted. */}
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="email" />
      <DataTable.Col source="roles" disableSort>
        <RoleChips />
      </DataTable.Col>
      <DataTable.Col source="departmentId" disableSort>
        <ReferenceField source="departmentId" reference="departments" link={false} />
      </DataTable.Col>
      <DataTable.Col source="active" field={BooleanField} />
      <DataTable.Col source="lastLoginAt">
        <LocaleDateField source="lastLoginAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
