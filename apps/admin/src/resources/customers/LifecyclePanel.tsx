import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  CircularProgress,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Button, useDataProvider, useLocale, useRecordContext, useTranslate } from 'react-admin';
import { actorLabel } from '../../components/actorLabel';
import { EnumChip } from '../../components/EnumChip';
import { enumLabel } from '../../components/enums';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { CrmDataProvider, Customer } from '../../providers/types';
import { ChangeStageDialog, lifecycleQueryKey } from './ChangeStageDialog';
import { STAGE_COLORS } from './customerEnums';
import { lifecycleReason } from './lifecycleReason';
import { SetByHandBadge } from './SetByHandBadge';

const StageHistory = ({ customerId }: { customerId: string }) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const locale = useLocale();
  const { data, isPending } = useQuery({
    queryKey: lifecycleQueryKey(customerId),
    queryFn: () => dataProvider.listLifecycleChanges(customerId),
  });
  if (isPending) return <CircularProgress size={20} aria-label={translate('ra.page.loading')} />;
  if (!data?.data.length) {
    return <Typography color="text.secondary">{translate('crm.customers.lifecycle.no_history')}</Typography>;
  }
  const stage = (value: string | null) => (value ? translate(enumLabel('lifecycleStage', value)) : '—');
  return (
    <Table size="small" aria-label={translate('crm.customers.lifecycle.history')}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('crm.customers.lifecycle.when')}</TableCell>
          <TableCell>{translate('crm.customers.lifecycle.from')}</TableCell>
          <TableCell>{translate('crm.customers.lifecycle.to')}</TableCell>
          <TableCell>{translate('crm.customers.lifecycle.reason')}</TableCell>
          <TableCell>{translate('crm.customers.lifecycle.by')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {data.data.map((change) => (
          <TableRow key={change.id}>
            <TableCell>{new Date(change.occurredAt).toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US')}</TableCell>
            <TableCell>{stage(change.fromStage)}</TableCell>
            <TableCell>{stage(change.toStage)}</TableCell>
            <TableCell sx={{ wordBreak: 'break-word' }}>{lifecycleReason(translate, change)}</TableCell>
            <TableCell>
              {change.actorName
                ? actorLabel(translate, change)
                : translate(`crm.enums.lifecycleOrigin.${change.origin}`, { _: change.origin })}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Current relationship stage, "Change stage" (with a required reason) and the stage history. */
export const LifecyclePanel = () => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  const canWrite = useCanWrite('customers');
  const [changing, setChanging] = useState(false);
  if (!record) return null;
  return (
    <Paper variant="outlined" sx={{ p: 2 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate('resources.customers.fields.lifecycleStage')}
        </Typography>
        <EnumChip source="lifecycleStage" enumKey="lifecycleStage" colors={STAGE_COLORS} />
        <SetByHandBadge field="lifecycleStage" />
        {canWrite && !record.deletedAt && (
          <Button
            label="crm.customers.lifecycle.change"
            onClick={() => setChanging(true)}
            startIcon={<SwapHorizIcon />}
          />
        )}
      </Stack>
      <StageHistory customerId={record.id} />
      <ChangeStageDialog open={changing} onClose={() => setChanging(false)} />
    </Paper>
  );
};
