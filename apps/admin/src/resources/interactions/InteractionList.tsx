import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TopToolbar,
} from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { DictionarySelectInput } from '../../components/dictionary/DictionarySelectInput';
import { ListEmpty } from '../../components/ListEmpty';
import { LocaleDateField } from '../../components/LocaleDateField';
import { BY_NAME } from '../../components/sorts';
import { UserField } from '../../components/UserField';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { Interaction } from '../../providers/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="customerId" source="customerId" reference="customers" sort={BY_NAME}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DictionarySelectInput key="type" type="interaction_type" source="type" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

export const InteractionList = () => {
  const canWrite = useCanWrite('interactions');
  return (
    <List
      perPage={LIST_PAGE_SIZE}
      filters={filters}
      sort={{ field: 'occurredAt', order: 'DESC' }}
      actions={
        <TopToolbar>
          <FilterButton />
          {canWrite && <CreateButton />}
        </TopToolbar>
      }
      empty={<ListEmpty canCreate={canWrite} />}
      exporter={false}
    >
      <DataTable<Interaction> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="occurredAt">
          <LocaleDateField source="occurredAt" />
        </DataTable.Col>
        <DataTable.Col source="type" disableSort>
          <DictionaryField type="interaction_type" source="type" />
        </DataTable.Col>
        <DataTable.Col source="customerId" disableSort>
          <ReferenceField source="customerId" reference="customers" link="show" />
        </DataTable.Col>
        <DataTable.Col source="contactId" disableSort>
          <ReferenceField source="contactId" reference="contacts" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="summary" disableSort />
        <DataTable.Col source="nextStepAt">
          <LocaleDateField source="nextStepAt" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="staffId" disableSort>
          <UserField source="staffId" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
