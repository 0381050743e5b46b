import { Alert, AlertTitle, Link as MuiLink, List, ListItem, Typography } from '@mui/material';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { enumLabel } from '../../components/enums';
import type { CrmDataProvider, DuplicateCheck } from '../../providers/types';

// Ask once the user pauses typing, not on every key.
const DEBOUNCE_MS = 400;

const useDebounced = <T,>(value: T, ms: number): T => {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
};

const trimmed = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/**
 * While a customer is typed in: the customers the user can see that share its normalised name, phone or
 * email (the duplicate list's rules), with links that open in a new tab. Only a warning: saving still works.
 */
export const DuplicateWarning = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [name, phone, email] = useWatch({ name: ['name', 'phone', 'email'] }) as unknown[];
  const values: DuplicateCheck = useDebounced(
    {
      name: trimmed(name),
      phone: trimmed(phone),
      email: trimmed(email),
      excludeId: record?.id ? String(record.id) : undefined,
    },
    DEBOUNCE_MS,
  );
  const asked = Boolean(values.name || values.phone || values.email);
  const { data } = useQuery({
    queryKey: ['customers', 'duplicate-check', values],
    queryFn: () => dataProvider.checkCustomerDuplicates(values),
    enabled: asked,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const candidates = asked ? (data ?? []) : [];
  if (!candidates.length) return null;
  return (
    <Alert severity="warning" role="status" sx={{ width: '100%', mb: 2 }}>
      <AlertTitle>{translate('crm.customers.duplicate_warning.title', { smart_count: candidates.length })}</AlertTitle>
      <Typography variant="body2">{translate('crm.customers.duplicate_warning.body')}</Typography>
      <List dense disablePadding>
        {candidates.map((c) => (
          <ListItem key={c.id} disableGutters sx={{ display: 'block', py: 0.25 }}>
            <MuiLink
              href={`#${createPath({ resource: 'customers', id: c.id, type: 'show' })}`}
              target="_blank"
              rel="noopener"
            >
              {c.name}
            </MuiLink>{' '}
            <Typography component="span" variant="body2" color="text.secondary">
              ({c.code}) · {c.reasons.map((r) => translate(enumLabel('duplicateReason', r))).join(', ')}
            </Typography>
          </ListItem>
        ))}
      </List>
    </Alert>
  );
};
