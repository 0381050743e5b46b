import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import { Chip, LinearProgress, Tooltip, Typography } from '@mui/material';
import { DataTable, List, NumberField, useRecordContext, useTranslate } from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import type { JobRun } from '../../providers/types';
import { LocaleDateField } from '../../components/LocaleDateField';

const STATUS_COLORS = { running: 'info', completed: 'success', failed: 'error' } as const;

const Status = () => {
  const record = useRecordContext<JobRun>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={STATUS_COLORS[record.status] ?? 'default'}
      label={translate(`crm.job_runs.status.${record.status}`, { _: record.status })}
    />
  );
};

const Progress = () => {
  const record = useRecordContext<JobRun>();
  if (record?.progress == null) return null;
  // The worker reports progress in percent.
  const value = Math.max(0, Math.min(100, record.progress));
  return <LinearProgress variant="determinate" value={value} aria-label={`${value}%`} sx={{ minWidth: 80 }} />;
};

const ErrorText = () => {
  const record = useRecordContext<JobRun>();
  if (!record?.error) return null;
  return (
    <Tooltip title={record.error}>
      <Typography variant="body2" color="error" noWrap sx={{ maxWidth: 240 }}>
        {record.error}
      </Typography>
    </Tooltip>
  );
};

export const JobRunList = () => (
  <List perPage={LIST_PAGE_SIZE} sort={{ field: 'startedAt', order: 'DESC' }} empty={<ListEmpty />} exporter={false}>
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="queue" disableSort />
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="status" disableSort>
        <Status />
      </DataTable.Col>
      <DataTable.Col source="startedAt">
        <LocaleDateField source="startedAt" />
      </DataTable.Col>
      <DataTable.Col source="finishedAt">
        <LocaleDateField source="finishedAt" emptyText="—" />
      </DataTable.Col>
      <DataTable.NumberCol source="processed" disableSort />
      <DataTable.Col source="failed" disableSort>
        <NumberField source="failed" />
      </DataTable.Col>
      <DataTable.Col source="progress" disableSort>
        <Progress />
      </DataTable.Col>
      <DataTable.Col source="error" disableSort>
        <ErrorText />
      </DataTable.Col>
    </DataTable>
  </List>
);
