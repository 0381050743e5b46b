import { Box, Chip, CircularProgress, Paper, Stack, Typography } from '@mui/material';
import { useGetList, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../providers/types';
import { actorLabel } from './actorLabel';
import { ChangesTable } from './ChangesTable';

const ACTION_COLORS = { create: 'success', update: 'info', delete: 'error' } as const;

/** Who changed what and when, newest first, for the record of a Show page. `resource` is the audit entity. */
export const AuditHistory = ({ resource }: { resource: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending, error } = useGetList<AuditEntry>(
    'audit-log',
    {
      filter: { entity: resource, entityId: record?.id },
      sort: { field: 'createdAt', order: 'DESC' },
      pagination: { page: 1, perPage: 50 },
    },
    { enabled: record?.id != null },
  );

  if (isPending) return <CircularProgress size={24} aria-label={translate('ra.page.loading')} />;
  if (error) return <Typography color="error">{translate('ra.page.error')}</Typography>;
  if (!data?.length) {
    return <Typography color="text.secondary">{translate('crm.audit.empty')}</Typography>;
  }
  return (
    <Stack spacing={2}>
      {data.map((entry) => (
        <Paper key={entry.id} variant="outlined" sx={{ p: 1.5 }}>
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1, flexWrap: 'wrap' }}>
            <Chip
              size="small"
              color={ACTION_COLORS[entry.action] ?? 'default'}
              label={translate(`crm.audit.actions.${entry.action}`, { _: entry.action })}
            />
            <Typography variant="body2" sx={{ fontWeight: 500 }}>
              {actorLabel(translate, entry)}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {new Date(entry.createdAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')}
            </Typography>
          </Box>
          <ChangesTable entry={entry} />
        </Paper>
      ))}
    </Stack>
  );
};
