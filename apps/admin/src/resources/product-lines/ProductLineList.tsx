import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import { BooleanField, CreateButton, DataTable, List, SearchInput, TopToolbar } from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { ProductLine } from '../../providers/types';

export const ProductLineList = () => {
  const canWrite = useCanWrite('product-lines');
  return (
    <List
      perPage={LIST_PAGE_SIZE}
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'name', order: 'ASC' }}
      actions={<TopToolbar>{canWrite && <CreateButton />}</TopToolbar>}
      empty={<ListEmpty canCreate={canWrite} />}
      exporter={false}
    >
      <DataTable<ProductLine> rowClick={canWrite ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="active" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
};
