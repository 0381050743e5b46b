import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import RestoreFromTrashIcon from '@mui/icons-material/RestoreFromTrash';
import { useMutation } from '@tanstack/react-query';
import type { MouseEvent } from 'react';
import {
  Button,
  DataTable,
  List,
  ReferenceField,
  SearchInput,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import { LocaleDateField } from '../../components/LocaleDateField';
import type { CrmDataProvider, Customer } from '../../providers/types';

const RestoreButton = (_props: { label?: string }) => {
  const record = useRecordContext<Customer>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const restore = useMutation({
    mutationFn: (id: string) => dataProvider.restoreCustomer(id),
    onSuccess: () => {
      notify('crm.customers.bin.restored', { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
  });
  if (!record) return null;
  return (
    <Button
      label="crm.customers.bin.restore"
      disabled={restore.isPending}
      onClick={(e: MouseEvent) => {
        e.stopPropagation();
        restore.mutate(record.id);
      }}
      startIcon={<RestoreFromTrashIcon />}
    />
  );
};

/** Deleted and merged-away customers (GET /customers?deleted=true), administrators only. */
export const CustomerBin = () => (
  <List
    perPage={LIST_PAGE_SIZE}
    resource="customers"
    title="crm.customers.bin.title"
    filter={{ deleted: true }}
    filters={[<SearchInput key="q" source="q" alwaysOn />]}
    // Its own paging and filters, apart from the main customer list.
    storeKey="customers.bin"
    sort={{ field: 'name', order: 'ASC' }}
    empty={<ListEmpty />}
    exporter={false}
    actions={false}
  >
    <DataTable<Customer> rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="deletedAt" disableSort>
        <LocaleDateField source="deletedAt" />
      </DataTable.Col>
      <DataTable.Col source="mergedIntoId" disableSort>
        <ReferenceField source="mergedIntoId" reference="customers" link="show" emptyText="—" />
      </DataTable.Col>
      <DataTable.Col label="" disableSort>
        <RestoreButton />
      </DataTable.Col>
    </DataTable>
  </List>
);
