import { Card, CardContent, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CrmDataProvider } from '../../providers/types';
import { ImportProgress, isFinished } from './ImportProgress';
import { ImportReportView } from './ImportReportView';

/** The report of one import opened from a link (`/import?id=…`: a notification, the dashboard). */
export const LinkedImport = ({ id }: { id: string }) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const { data } = useQuery({ queryKey: ['imports', id], queryFn: () => dataProvider.getImport(id) });
  if (!data) return null;
  return (
    <Card sx={{ mt: 2 }} component="section" aria-label={data.fileName}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {data.fileName}
        </Typography>
        {isFinished(data) ? <ImportReportView report={data} /> : <ImportProgress run={data} />}
      </CardContent>
    </Card>
  );
};
