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
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { EnumChip } from '../../components/EnumChip';
import { ListEmpty } from '../../components/ListEmpty';
import { LocaleDateField } from '../../components/LocaleDateField';
import { MoneyField } from '../../components/MoneyField';
import { BY_NAME } from '../../components/sorts';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { Order } from '../../providers/types';
import { ORDER_STATUS_COLORS, orderStatusChoices } from './orderEnums';
import { OutstandingField } from './OutstandingField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="status" source="status" choices={orderStatusChoices} alwaysOn />,
  <ReferenceInput key="customerId" source="customerId" reference="customers" sort={BY_NAME}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

export const OrderList = () => {
  const canWrite = useCanWrite('orders');
  return (
    <List
      perPage={LIST_PAGE_SIZE}
      filters={filters}
      sort={{ field: 'orderDate', order: 'DESC' }}
      actions={
        <TopToolbar>
          <FilterButton />
          {canWrite && <CreateButton />}
        </TopToolbar>
      }
      empty={<ListEmpty canCreate={canWrite} />}
      exporter={false}
    >
      <DataTable<Order> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="number" />
        <DataTable.Col source="customerId" disableSort>
          <ReferenceField source="customerId" reference="customers" link={false} />
        </DataTable.Col>
        <DataTable.Col source="orderDate">
          <LocaleDateField source="orderDate" showTime={false} />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChip source="status" enumKey="orderStatus" colors={ORDER_STATUS_COLORS} />
        </DataTable.Col>
        <DataTable.Col source="deliveryStatus" disableSort>
          <EnumChip source="deliveryStatus" enumKey="deliveryStatus" />
        </DataTable.Col>
        <DataTable.Col source="total" align="right">
          <MoneyField source="total" withCurrency />
        </DataTable.Col>
        <DataTable.Col source="paidAmount" disableSort align="right">
          <MoneyField source="paidAmount" />
        </DataTable.Col>
        <DataTable.Col source="outstandingAmount" disableSort align="right">
          <OutstandingField />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
