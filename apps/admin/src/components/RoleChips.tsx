import { Chip, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

interface RoleChipsProps {
  /** `roles` (array) on users, `role` (string) in old audit entries of API keys. */
  source?: 'roles' | 'role';
  label?: string;
}

export const RoleChips = ({ source = 'roles' }: RoleChipsProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value: unknown = record?.[source];
  const roles = Array.isArray(value) ? (value as string[]) : typeof value === 'string' ? [value] : [];
  return (
    <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {roles.map((role) => (
        <Chip key={role} size="small" label={translate(`crm.roles.${role}`, { _: role })} />
      ))}
    </Stack>
  );
};
