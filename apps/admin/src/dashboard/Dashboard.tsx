import CampaignIcon from '@mui/icons-material/Campaign';
import HeadsetMicIcon from '@mui/icons-material/HeadsetMic';
import InsightsIcon from '@mui/icons-material/Insights';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { Box, Card, CardContent, CardHeader, Chip, Stack, Typography } from '@mui/material';
import type { ComponentType } from 'react';
import { Loading, Title, useGetIdentity, useTranslate } from 'react-admin';
import type { CrmIdentity } from '../providers/authProvider';

// Modules of the product that will add their widgets here as they are built.
const MODULES: Array<{ key: string; icon: ComponentType }> = [
  { key: 'sales', icon: TrendingUpIcon },
  { key: 'marketing', icon: CampaignIcon },
  { key: 'service', icon: SupportAgentIcon },
  { key: 'call_center', icon: HeadsetMicIcon },
  { key: 'churn', icon: TrendingDownIcon },
  { key: 'analytics', icon: InsightsIcon },
];

export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  if (isPending) return <Loading />;
  const user = identity as CrmIdentity | undefined;
  const roles = user?.roles ?? [];

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="ra.page.dashboard" />
      <Card sx={{ mb: 3 }}>
        <CardContent>
          <Typography variant="h5" component="h1" gutterBottom>
            {translate('crm.dashboard.greeting', { name: user?.name ?? user?.email ?? '' })}
          </Typography>
          <Typography variant="subtitle2" color="text.secondary" gutterBottom>
            {translate('crm.dashboard.your_roles')}
          </Typography>
          {roles.length ? (
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {roles.map((role) => (
                <Chip
                  key={role}
                  color="primary"
                  variant="outlined"
                  label={translate(`crm.roles.${role}`, { _: role })}
                />
              ))}
            </Stack>
          ) : (
            <Typography color="text.secondary">{translate('crm.dashboard.no_roles')}</Typography>
          )}
        </CardContent>
      </Card>
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('crm.dashboard.modules_title')}
      </Typography>
      <Box
        sx={{
          display: 'grid',
          gap: 2,
          gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', lg: 'repeat(3, 1fr)' },
        }}
      >
        {MODULES.map(({ key, icon: Icon }) => (
          <Card key={key} variant="outlined">
            <CardHeader avatar={<Icon />} title={translate(`crm.dashboard.modules.${key}.title`)} />
            <CardContent sx={{ pt: 0 }}>
              <Typography variant="body2" color="text.secondary">
                {translate(`crm.dashboard.modules.${key}.body`)}
              </Typography>
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
};
