import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import {
  AutocompleteInput,
  DataTable,
  DateInput,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { DictionarySelectInput } from '../../components/dictionary/DictionarySelectInput';
import { ListEmpty } from '../../components/ListEmpty';
import { LocaleDateField } from '../../components/LocaleDateField';
import { MoneyField } from '../../components/MoneyField';
import { BY_NAME } from '../../components/sorts';
import { UserField } from '../../components/UserField';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { Payment } from '../../providers/types';

const filters = [
  <ReferenceInput key="customerId" source="customerId" reference="customers" sort={BY_NAME} alwaysOn>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DictionarySelectInput key="method" type="payment_method" source="method" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

/** Payment collection (回款) across orders; payments are recorded from their order's page. */
export const PaymentList = () => {
  const canWrite = useCanWrite('payments');
  return (
    <List
      perPage={LIST_PAGE_SIZE}
      filters={filters}
      sort={{ field: 'paidAt', order: 'DESC' }}
      actions={
        <TopToolbar>
          <FilterButton />
        </TopToolbar>
      }
      empty={<ListEmpty />}
      exporter={false}
    >
      <DataTable<Payment> rowClick={canWrite ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="paidAt">
          <LocaleDateField source="paidAt" />
        </DataTable.Col>
        <DataTable.Col source="amount" align="right">
          <MoneyField source="amount" />
        </DataTable.Col>
        <DataTable.Col source="method" disableSort>
          <DictionaryField type="payment_method" source="method" />
        </DataTable.Col>
        <DataTable.Col source="orderId" disableSort>
          <ReferenceField source="orderId" reference="orders" link="show" />
        </DataTable.Col>
        <DataTable.Col source="customerId" disableSort>
          <ReferenceField source="customerId" reference="customers" link="show" />
        </DataTable.Col>
        <DataTable.Col source="reference" disableSort>
          <TextField source="reference" emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="handledById" disableSort>
          <UserField source="handledById" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
