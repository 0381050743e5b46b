import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../providers/types';

type Translate = ReturnType<typeof useTranslate>;

// Role keys read better as their translated names; other values are shown as stored.
const show = (field: string, value: unknown, translate: Translate): string => {
  if (value === null || value === undefined || value === '') return '—';
  if (field === 'roles' || field === 'role') {
    const roles = Array.isArray(value) ? value : [value];
    return roles.map((role) => translate(`crm.roles.${String(role)}`, { _: String(role) })).join(', ');
  }
  if (typeof value === 'boolean') return translate(`ra.boolean.${value}`);
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value);
};

/** Before/after values of one audit entry; reads the record from context so it works as a row expansion. */
export const ChangesTable = ({ entry }: { entry?: AuditEntry }) => {
  const fromContext = useRecordContext<AuditEntry>();
  const record = entry ?? fromContext;
  const translate = useTranslate();
  const changes = Object.entries(record?.changes ?? {});
  if (!record || changes.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 1 }}>
        {translate('crm.audit.no_changes')}
      </Typography>
    );
  }
  return (
    <Table size="small" aria-label={translate('resources.audit-log.fields.changes')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('crm.audit.field')}</TableCell>
          <TableCell>{translate('crm.audit.before')}</TableCell>
          <TableCell>{translate('crm.audit.after')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map(([field, { before, after }]) => (
          <TableRow key={field}>
            <TableCell>{translate(`resources.${record.entity}.fields.${field}`, { _: field })}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(field, before, translate)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{show(field, after, translate)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
