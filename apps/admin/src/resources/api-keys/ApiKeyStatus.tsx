import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { ApiKey } from '../../providers/types';

export const apiKeyStatus = (key: ApiKey, now = Date.now()): 'active' | 'revoked' | 'expired' => {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
};

const COLORS = { active: 'success', revoked: 'error', expired: 'warning' } as const;

// `label` is read by show layouts to title the field.
export const ApiKeyStatus = (_props: { label?: string }) => {
  const record = useRecordContext<ApiKey>();
  const translate = useTranslate();
  if (!record) return null;
  const status = apiKeyStatus(record);
  return (
    <Chip size="small" variant="outlined" color={COLORS[status]} label={translate(`crm.api_keys.status.${status}`)} />
  );
};
