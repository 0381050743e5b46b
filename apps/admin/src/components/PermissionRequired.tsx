import LockIcon from '@mui/icons-material/Lock';
import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** Shown instead of a screen the user's permissions do not open (e.g. /customers/create for an executive). */
export const PermissionRequired = () => {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }} role="alert">
      <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
        <LockIcon color="action" fontSize="large" />
        <div>
          <Typography variant="h6" component="h1">
            {translate('crm.permission_required.title')}
          </Typography>
          <Typography color="text.secondary">{translate('crm.permission_required.message')}</Typography>
        </div>
      </CardContent>
    </Card>
  );
};
