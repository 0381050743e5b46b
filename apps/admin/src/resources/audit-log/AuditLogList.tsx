import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import { Chip, Typography } from '@mui/material';
import {
  DataTable,
  DateInput,
  List,
  ReferenceField,
  SelectInput,
  TextInput,
  useRecordContext,
  useResourceDefinitions,
  useTranslate,
} from 'react-admin';
import { actorLabel } from '../../components/actorLabel';
import { ChangesTable } from '../../components/ChangesTable';
import { ListEmpty } from '../../components/ListEmpty';
import type { AuditEntry } from '../../providers/types';
import { LocaleDateField } from '../../components/LocaleDateField';

const ACTION_COLORS = { create: 'success', update: 'info', delete: 'error' } as const;

const actionChoices = ['create', 'update', 'delete'].map((id) => ({ id, name: `crm.audit.actions.${id}` }));
// The audited entities use their resource name; the label comes from the resource's translation.
const ENTITIES = [
  'customers',
  'contacts',
  'interactions',
  'orders',
  'payments',
  'products',
  'product-lines',
  'product-categories',
  'dictionary-entries',
  'users',
  'departments',
  'api-keys',
  'webhooks',
];
const entityChoices = ENTITIES.map((id) => ({ id, name: `resources.${id}.name` }));

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

// The audited record by its name, linked when the user may open it; the id only for what has no screen.
const EntityRecord = () => {
  const record = useRecordContext<AuditEntry>();
  const resources = useResourceDefinitions();
  if (!record) return null;
  const definition = resources[record.entity];
  if (!definition || record.action === 'delete') {
    return <Typography sx={{ fontFamily: 'monospace', fontSize: 'body2.fontSize' }}>{record.entityId}</Typography>;
  }
  return (
    <ReferenceField
      record={record}
      source="entityId"
      reference={record.entity}
      link={definition.hasShow ? 'show' : definition.hasEdit ? 'edit' : false}
      emptyText={record.entityId}
    />
  );
};

const Actor = () => {
  const record = useRecordContext<AuditEntry>();
  const translate = useTranslate();
  return <>{record ? actorLabel(translate, record) : null}</>;
};

export const AuditLogList = () => (
  <List
    perPage={LIST_PAGE_SIZE}
    filters={filters}
    sort={{ field: 'createdAt', order: 'DESC' }}
    empty={<ListEmpty />}
    exporter={false}
  >
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
      <DataTable.Col source="entityId" label="crm.audit.record" disableSort>
        <EntityRecord />
      </DataTable.Col>
    </DataTable>
  </List>
);
