import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { AuditEntry } from '../providers/types';
import { ChangeValue } from './ChangeValue';

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
            <TableCell sx={{ wordBreak: 'break-word' }}>
              <ChangeValue entity={record.entity} field={field} value={before} />
            </TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>
              <ChangeValue entity={record.entity} field={field} value={after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
