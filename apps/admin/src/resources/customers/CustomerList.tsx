import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import {
  Button,
  ColumnsButton,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  Link,
  TextArrayField,
  TextField,
  TopToolbar,
} from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { EnumChip } from '../../components/EnumChip';
import { ListEmpty } from '../../components/ListEmpty';
import { LocaleDateField } from '../../components/LocaleDateField';
import { MoneyField } from '../../components/MoneyField';
import { ServerExportButton } from '../../components/ServerExportButton';
import { UserField } from '../../components/UserField';
import { useCanWrite, useHasAccess } from '../../components/usePermissionsFor';
import type { Customer } from '../../providers/types';
import { CustomerBulkActions } from './CustomerBulkActions';
import { STAGE_COLORS, STATUS_COLORS, TIER_COLORS } from './customerEnums';
import { useCustomerFilters } from './customerFilters';
import { CustomerListFilter } from './CustomerListFilter';

// Offered in the column chooser, hidden until a user picks them.
const OPTIONAL_COLUMNS = ['kind', 'industry', 'abcClass', 'phone', 'email', 'tags', 'orderCount', 'createdAt'];

const NAME_CELL = () => ({ minWidth: 160 });

const CustomerListActions = ({ canWrite }: { canWrite: boolean }) => {
  const canSeeBin = useHasAccess('customers.bin');
  return (
    <TopToolbar>
      <FilterButton />
      <ColumnsButton />
      {canWrite && <CreateButton />}
      <ServerExportButton resource="customers" />
      {canSeeBin && (
        <Button component={Link} to="/customers/bin" label="crm.customers.bin.open" startIcon={<DeleteSweepIcon />} />
      )}
    </TopToolbar>
  );
};

export const CustomerList = () => {
  const canWrite = useCanWrite('customers');
  return (
    <List
      perPage={LIST_PAGE_SIZE}
      filters={useCustomerFilters()}
      aside={<CustomerListFilter />}
      actions={<CustomerListActions canWrite={canWrite} />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      empty={<ListEmpty canCreate={canWrite} />}
      exporter={false}
      // The default columns fit 1440 px beside the menu and the filter sidebar (tighter cell padding,
      // values on one line except the name, headers may wrap); narrower screens or more chosen columns scroll the table
      // inside its column, not the page.
      sx={{
        '& .RaList-main': { minWidth: 0 },
        '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
        '& .MuiTableCell-root': { px: 1 },
        '& .MuiTableCell-body': { whiteSpace: 'nowrap' },
        '& .MuiTableCell-body.column-name': { whiteSpace: 'normal' },
        // Many bulk actions on a narrow screen: scroll them rather than widen the page.
        '& .RaBulkActionsToolbar-toolbar': { overflowX: 'auto' },
      }}
    >
      {/* Columns chosen with ColumnsButton are kept per user (providers/store.ts). */}
      <DataTable<Customer>
        rowClick="show"
        bulkActionButtons={<CustomerBulkActions canWrite={canWrite} />}
        hiddenColumns={OPTIONAL_COLUMNS}
      >
        <DataTable.Col source="code">
          <TextField source="code" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
        </DataTable.Col>
        {/* Wide enough that a company name does not break into a word per line. */}
        <DataTable.Col source="name" cellSx={NAME_CELL} />
        <DataTable.Col source="status" disableSort>
          <EnumChip source="status" enumKey="customerStatus" colors={STATUS_COLORS} />
        </DataTable.Col>
        <DataTable.Col source="valueTier">
          <EnumChip source="valueTier" enumKey="valueTier" colors={TIER_COLORS} />
        </DataTable.Col>
        <DataTable.Col source="lifecycleStage" disableSort>
          <EnumChip source="lifecycleStage" enumKey="lifecycleStage" colors={STAGE_COLORS} />
        </DataTable.Col>
        <DataTable.Col source="region" disableSort>
          <DictionaryField type="region" source="region" />
        </DataTable.Col>
        <DataTable.Col source="ownerId" disableSort>
          <UserField source="ownerId" />
        </DataTable.Col>
        <DataTable.Col source="lastOrderAt">
          <LocaleDateField source="lastOrderAt" showTime={false} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="totalRevenue" align="right">
          <MoneyField source="totalRevenue" />
        </DataTable.Col>
        <DataTable.Col source="kind" disableSort>
          <EnumChip source="kind" enumKey="kind" />
        </DataTable.Col>
        <DataTable.Col source="industry" disableSort>
          <DictionaryField type="industry" source="industry" />
        </DataTable.Col>
        <DataTable.Col source="abcClass" disableSort>
          <EnumChip source="abcClass" enumKey="abcClass" />
        </DataTable.Col>
        <DataTable.Col source="phone" disableSort />
        <DataTable.Col source="email" disableSort />
        <DataTable.Col source="tags" disableSort>
          <TextArrayField source="tags" />
        </DataTable.Col>
        <DataTable.Col source="orderCount" disableSort align="right" />
        <DataTable.Col source="createdAt">
          <LocaleDateField source="createdAt" showTime={false} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
