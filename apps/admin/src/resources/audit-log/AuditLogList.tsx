import { Chip } from '@mui/material';
import { DataTable, DateInput, List, SelectInput, TextInput, useRecordContext, useTranslate } from 'react-admin';
import { ChangesTable } from '../../components/ChangesTable';
import { ListEmpty } from '../../components/ListEmpty';
import type { AuditEntry } from '../../providers/types';
import { LocaleDateField } from '../../components/LocaleDateField';

const ACTION_COLORS = { create: 'success', update: 'info', delete: 'error' } as const;

const actionChoices = ['create', 'update', 'delete'].map((id) => ({ id, name: `crm.audit.actions.${id}` }));
// The audited entities use their resource name; the label comes from the resource's translation.
const entityChoices = ['users', 'departments', 'api-keys'].map((id) => ({ id, name: `resources.${id}.name` }));

const filters = [
  <SelectInput key="entity" source="entity" choices={entityChoices} alwaysOn />,
  <SelectInput key="action" source="action" choices={actionChoices} alwaysOn />,
  <DateInput key="from" source="from" alwaysOn />,
  <DateInput key="to" source="to" alwaysOn />,
  <TextInput key="entityId" source="entityId" />,
  <TextInput key="actorId" source="actorId" />,
];

const ActionChip = () => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={ACTION_COLORS[record.action] ?? 'default'}
      label={translate(`crm.audit.actions.${record.action}`, { _: record.action })}
    />
  );
};

const EntityName = () => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return <>{translate(`resources.${record.entity}.name`, { smart_count: 1, _: record.entity })}</>;
};

const Actor = () => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  return <>{record?.actorName ?? translate('crm.audit.system')}</>;
};

export const AuditLogList = () => (
  <List filters={filters} sort={{ field: 'createdAt', order: 'DESC' }} empty={<ListEmpty />} exporter={false}>
    <DataTable bulkActionButtons={false} expand={<ChangesTable />} rowClick="expand">
      <DataTable.Col source="createdAt">
        <LocaleDateField source="createdAt" />
      </DataTable.Col>
      <DataTable.Col source="actorName" disableSort>
        <Actor />
      </DataTable.Col>
      <DataTable.Col source="action" disableSort>
        <ActionChip />
      </DataTable.Col>
      <DataTable.Col source="entity" disableSort>
        <EntityName />
      </DataTable.Col>
      <DataTable.Col source="entityId" disableSort />
    </DataTable>
  </List>
);
