import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  EmailField,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { EnumChip } from '../../components/EnumChip';
import { ListEmpty } from '../../components/ListEmpty';
import { BY_NAME } from '../../components/sorts';
import { useCanCreate } from '../../components/usePermissionsFor';
import type { Contact } from '../../providers/types';
import { choices } from '../customers/customerEnums';
import { ContactNameField } from './ContactFields';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="customerId" source="customerId" reference="customers" sort={BY_NAME}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="buyingRole" source="buyingRole" choices={choices.buyingRole} />,
  <NullableBooleanInput key="isPrimary" source="isPrimary" />,
];

export const ContactList = () => {
  const canCreate = useCanCreate('contacts');
  return (
    <List
      perPage={LIST_PAGE_SIZE}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      actions={
        <TopToolbar>
          <FilterButton />
          {canCreate && <CreateButton />}
        </TopToolbar>
      }
      empty={<ListEmpty canCreate={canCreate} />}
      exporter={false}
    >
      <DataTable<Contact> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name">
          <ContactNameField />
        </DataTable.Col>
        <DataTable.Col source="customerId" disableSort>
          <ReferenceField source="customerId" reference="customers" link="show" />
        </DataTable.Col>
        <DataTable.Col source="title" disableSort />
        <DataTable.Col source="buyingRole" disableSort>
          <EnumChip source="buyingRole" enumKey="buyingRole" />
        </DataTable.Col>
        <DataTable.Col source="mobile" disableSort />
        <DataTable.Col source="email" disableSort>
          <EmailField source="email" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
