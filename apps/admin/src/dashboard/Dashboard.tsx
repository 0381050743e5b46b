import { Alert, Box, Button, Card, CardContent, Chip, Skeleton, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import type { CrmIdentity } from '../providers/authProvider';
import type { CrmDataProvider } from '../providers/types';
import { DashboardTileCard } from './DashboardTileCard';

const GRID = {
  display: 'grid',
  gap: 2,
  gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' },
  alignItems: 'stretch',
} as const;

const Greeting = () => {
  const translate = useTranslate();
  const { identity } = useGetIdentity();
  const user = identity as CrmIdentity | undefined;
  const roles = user?.roles ?? [];
  return (
    <Card sx={{ mb: 3 }}>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('crm.dashboard.greeting', { name: user?.name ?? user?.email ?? '' })}
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
          <Typography variant="subtitle2" color="text.secondary">
            {translate('crm.dashboard.your_roles')}
          </Typography>
          {roles.length ? (
            roles.map((role) => (
              <Chip
                key={role}
                size="small"
                color="primary"
                variant="outlined"
                label={translate(`crm.roles.${role}`, { _: role })}
              />
            ))
          ) : (
            <Typography color="text.secondary">{translate('crm.dashboard.no_roles')}</Typography>
          )}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('crm.dashboard.scope')}
        </Typography>
      </CardContent>
    </Card>
  );
};

export const DASHBOARD_TILES_KEY = ['dashboard', 'tiles'];

/** The KPI tiles the API says the signed-in user may see (GET /dashboard/tiles), in one request. */
export const Dashboard = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const { data, isPending, isError, refetch } = useQuery({
    queryKey: DASHBOARD_TILES_KEY,
    queryFn: () => dataProvider.listDashboardTiles(),
    // One retry, then the error and its Retry button rather than a long spinner.
    retry: 1,
  });

  let body;
  if (isPending)
    body = (
      <Box sx={GRID} aria-busy="true" data-testid="dashboard-loading">
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} variant="rounded" height={160} />
        ))}
      </Box>
    );
  else if (isError)
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void refetch()}>
            {translate('crm.dashboard.retry')}
          </Button>
        }
      >
        {translate('crm.dashboard.error')}
      </Alert>
    );
  else if (!data.length) body = <Typography color="text.secondary">{translate('crm.dashboard.empty')}</Typography>;
  else
    body = (
      <Box sx={GRID}>
        {data.map((tile) => (
          <DashboardTileCard key={tile.id} tile={tile} />
        ))}
      </Box>
    );

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <Greeting />
      {body}
    </Box>
  );
};
