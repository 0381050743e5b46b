import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import {
  AutocompleteInput,
  BooleanField,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  TopToolbar,
} from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import { BY_NAME } from '../../components/sorts';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { ProductCategory } from '../../providers/types';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="lineId" source="lineId" reference="product-lines" sort={BY_NAME}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
];

export const ProductCategoryList = () => {
  const canWrite = useCanWrite('product-categories');
  return (
    <List
      perPage={LIST_PAGE_SIZE}
      filters={filters}
      sort={{ field: 'name', order: 'ASC' }}
      actions={
        <TopToolbar>
          <FilterButton />
          {canWrite && <CreateButton />}
        </TopToolbar>
      }
      empty={<ListEmpty canCreate={canWrite} />}
      exporter={false}
    >
      <DataTable<ProductCategory> rowClick={canWrite ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="lineId" disableSort>
          <ReferenceField source="lineId" reference="product-lines" link={false} />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} disableSort />
      </DataTable>
    </List>
  );
};
