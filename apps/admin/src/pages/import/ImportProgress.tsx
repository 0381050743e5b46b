import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import type { CrmDataProvider, DataImport } from '../../providers/types';
import { ImportReportView } from './ImportReportView';

const POLL_MS = 1000;
export const isFinished = (run: DataImport | undefined) => run?.status === 'completed' || run?.status === 'failed';

/** A background import (202 queued): polls GET /imports/:id until it finishes, then shows its report. */
export const ImportProgress = ({ run }: { run: DataImport }) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const { data = run, error } = useQuery({
    queryKey: ['imports', run.id],
    queryFn: () => dataProvider.getImport(run.id),
    initialData: run,
    refetchInterval: (query) => (isFinished(query.state.data) ? false : POLL_MS),
  });
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (isFinished(data)) return <ImportReportView report={data} />;
  const value = data.totalRows ? Math.round((data.processedRows / data.totalRows) * 100) : undefined;
  return (
    <Box>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate(data.status === 'queued' ? 'crm.import.queued' : 'crm.import.running', {
          processed: data.processedRows,
          total: data.totalRows ?? '?',
        })}
      </Typography>
      <LinearProgress
        variant={value === undefined ? 'indeterminate' : 'determinate'}
        value={value}
        aria-label={translate('crm.import.progress')}
      />
    </Box>
  );
};
