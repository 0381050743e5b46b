import {
  Alert,
  Chip,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import type { DataImport } from '../../providers/types';

/** Counts and the rows the import refused, with the field and the reason. */
export const ImportReportView = ({ report }: { report: DataImport }) => {
  const translate = useTranslate();
  if (report.status === 'failed') {
    return <Alert severity="error">{report.error ?? translate('crm.import.failed')}</Alert>;
  }
  return (
    <Stack spacing={2}>
      <Alert severity={report.failed > 0 ? 'warning' : 'success'}>
        {translate(report.dryRun ? 'crm.import.report.dry_run_done' : 'crm.import.report.done')}
      </Alert>
      <Stack direction="row" spacing={1}>
        <Chip color="success" label={translate('crm.import.report.created', { count: report.created })} />
        <Chip color="info" label={translate('crm.import.report.updated', { count: report.updated })} />
        <Chip
          color={report.failed > 0 ? 'error' : 'default'}
          label={translate('crm.import.report.failed', { count: report.failed })}
        />
      </Stack>
      {report.ignoredColumns.length > 0 && (
        <Alert severity="info">
          {translate('crm.import.report.ignored_columns', { columns: report.ignoredColumns.join(', ') })}
        </Alert>
      )}
      {report.errors.length > 0 && (
        <TableContainer component={Paper} variant="outlined" sx={{ maxHeight: 480 }}>
          <Table size="small" stickyHeader aria-label={translate('crm.import.report.errors')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('crm.import.report.row')}</TableCell>
                <TableCell>{translate('crm.import.report.field')}</TableCell>
                <TableCell>{translate('crm.import.report.message')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {report.errors.map((error, i) => (
                <TableRow key={`${error.row}-${error.field}-${i}`}>
                  <TableCell>{error.row}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{error.field ?? '—'}</TableCell>
                  <TableCell>{error.message}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {report.errorCount > report.errors.length && (
        <Alert severity="warning">
          {translate('crm.import.report.more_errors', { shown: report.errors.length, total: report.errorCount })}
        </Alert>
      )}
    </Stack>
  );
};
