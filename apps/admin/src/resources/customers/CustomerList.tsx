import DeleteSweepIcon from '@mui/icons-material/DeleteSweep';
import {
  BulkDeleteWithConfirmButton,
  Button,
  CreateButton,
  DataTable,
  FilterButton,
  List,
  Link,
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
import { STAGE_COLORS, STATUS_COLORS, TIER_COLORS } from './customerEnums';
import { useCustomerFilters } from './customerFilters';
import { CustomerListFilter } from './CustomerListFilter';

const CustomerListActions = ({ canWrite }: { canWrite: boolean }) => {
  const canSeeBin = useHasAccess('customers.bin');
  return (
    <TopToolbar>
      <FilterButton />
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
      filters={useCustomerFilters()}
      aside={<CustomerListFilter />}
      actions={<CustomerListActions canWrite={canWrite} />}
      sort={{ field: 'createdAt', order: 'DESC' }}
      empty={<ListEmpty canCreate={canWrite} />}
      exporter={false}
      // Let the table scroll inside its column instead of widening the page past the sidebar.
      sx={{
        '& .RaList-main': { minWidth: 0 },
        '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
        '& .MuiTableCell-head': { whiteSpace: 'nowrap' },
      }}
    >
      {/* Deleting moves customers to the bin, from which an administrator can restore them. */}
      <DataTable<Customer>
        rowClick="show"
        bulkActionButtons={canWrite ? <BulkDeleteWithConfirmButton mutationMode="pessimistic" /> : false}
      >
        <DataTable.Col source="code">
          <TextField source="code" sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }} />
        </DataTable.Col>
        <DataTable.Col source="name" />
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
      </DataTable>
    </List>
  );
};
