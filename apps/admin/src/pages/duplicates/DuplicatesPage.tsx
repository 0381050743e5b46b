import { Box, CircularProgress, Pagination, Stack, Tab, Tabs, Typography } from '@mui/material';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Title, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { EmptyText } from '../../components/EmptyText';
import { enumLabel } from '../../components/enums';
import type { CrmDataProvider, DuplicateReason } from '../../providers/types';
import { DuplicateGroupCard } from './DuplicateGroupCard';

const PAGE_SIZE = 10;
const REASONS: readonly DuplicateReason[] = ['name', 'phone', 'email'];

/**
 * Duplicate review (数据清洗): groups of customers sharing a normalised name, phone or email
 * (GET /customers/duplicates); merging keeps one and moves the others to the bin (POST /customers/:id/merge).
 */
export const DuplicatesPage = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<DuplicateReason | ''>('');
  const [page, setPage] = useState(1);
  const query = useQuery({
    queryKey: ['customers', 'duplicates', reason, page],
    queryFn: () => dataProvider.listDuplicateCustomers({ page, pageSize: PAGE_SIZE, reason: reason || undefined }),
    placeholderData: keepPreviousData,
  });
  const merge = useMutation({
    // One merge per duplicate, in turn: each changes the kept customer (and its version).
    mutationFn: async ({ keepId, sourceIds }: { keepId: string; sourceIds: string[] }) => {
      for (const sourceId of sourceIds) await dataProvider.mergeCustomers(keepId, sourceId);
      return sourceIds.length;
    },
    onSuccess: (count) => notify('crm.duplicates.merged', { type: 'info', messageArgs: { smart_count: count } }),
    onError: (error: Error) => notify(error.message, { type: 'error' }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['customers'] }),
  });
  const pages = query.data ? Math.ceil(query.data.total / PAGE_SIZE) : 0;
  return (
    <Box sx={{ mt: 1 }}>
      <Title title="crm.duplicates.title" />
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('crm.duplicates.intro')}
      </Typography>
      <Tabs
        value={reason}
        onChange={(_e, value: DuplicateReason | '') => {
          setReason(value);
          setPage(1);
        }}
        sx={{ mb: 2 }}
      >
        <Tab value="" label={translate('crm.duplicates.all')} />
        {REASONS.map((r) => (
          <Tab key={r} value={r} label={translate(enumLabel('duplicateReason', r))} />
        ))}
      </Tabs>
      {query.isPending && <CircularProgress size={24} aria-label={translate('ra.page.loading')} />}
      {query.isError && <Typography color="error">{query.error.message}</Typography>}
      {query.data && query.data.data.length === 0 && <EmptyText message="crm.duplicates.none" />}
      <Stack spacing={2}>
        {query.data?.data.map((group) => (
          <DuplicateGroupCard
            key={`${group.reason}-${group.key}-${group.customers.map((c) => c.id).join()}`}
            group={group}
            merging={merge.isPending}
            onMerge={(keepId, sourceIds) => merge.mutate({ keepId, sourceIds })}
          />
        ))}
      </Stack>
      {pages > 1 && <Pagination sx={{ mt: 2 }} count={pages} page={page} onChange={(_e, value) => setPage(value)} />}
    </Box>
  );
};
