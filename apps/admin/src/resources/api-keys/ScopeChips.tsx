import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApiKey } from '../../providers/types';
import { permissionLabel } from './permissionLabel';

// `label` is read by show layouts to title the field.
export const ScopeChips = (_props: { label?: string }) => {
  const record = useRecordContext<ApiKey>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {record.scopes.map((scope) => (
        <Chip key={scope} size="small" variant="outlined" label={permissionLabel(translate, scope)} title={scope} />
      ))}
    </Stack>
  );
};
