import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import {
  AutocompleteInput,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  NullableBooleanInput,
  ReferenceField,
  ReferenceInput,
  SearchInput,
  SelectInput,
  TopToolbar,
} from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { EnumChip } from '../../components/EnumChip';
import { ListEmpty } from '../../components/ListEmpty';
import { MoneyField } from '../../components/MoneyField';
import { BY_NAME } from '../../components/sorts';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { Product } from '../../providers/types';
import { PRODUCT_STATUS_COLORS, productStatusChoices } from './productEnums';
import { StockField } from './StockField';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="categoryId" source="categoryId" reference="product-categories" sort={BY_NAME}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <ReferenceInput key="lineId" source="lineId" reference="product-lines" sort={BY_NAME}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={productStatusChoices} />,
  <NullableBooleanInput key="inStock" source="inStock" alwaysOn />,
];

/** The catalog with price and stock on hand, queryable by every role (SPEC 1.5). */
export const ProductList = () => {
  const canWrite = useCanWrite('products');
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
      <DataTable<Product>
        rowClick={canWrite ? 'edit' : false}
        bulkActionButtons={false}
        rowSx={(record) => (record.stockOnHand === 0 ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : {})}
      >
        <DataTable.Col source="code" />
        <DataTable.Col source="name" />
        <DataTable.Col source="model" disableSort />
        <DataTable.Col source="categoryId" disableSort>
          <ReferenceField source="categoryId" reference="product-categories" link={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="unit" disableSort>
          <DictionaryField type="product_unit" source="unit" />
        </DataTable.Col>
        <DataTable.Col source="listPrice" align="right">
          <MoneyField source="listPrice" />
        </DataTable.Col>
        <DataTable.Col source="stockOnHand" align="right">
          <StockField />
        </DataTable.Col>
        <DataTable.Col source="status" disableSort>
          <EnumChip source="status" enumKey="productStatus" colors={PRODUCT_STATUS_COLORS} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
