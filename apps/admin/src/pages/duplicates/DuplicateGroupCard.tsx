import MergeIcon from '@mui/icons-material/MergeType';
import {
  Card,
  CardActions,
  CardContent,
  Chip,
  Radio,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, Confirm, Link, useLocale, useTranslate } from 'react-admin';
import { enumLabel } from '../../components/enums';
import { formatMoney } from '../../components/MoneyField';
import type { DuplicateGroup } from '../../providers/types';

interface DuplicateGroupCardProps {
  group: DuplicateGroup;
  merging: boolean;
  onMerge: (keepId: string, sourceIds: string[]) => void;
}

/** One group of likely duplicates: pick the record to keep, the others are merged into it. */
export const DuplicateGroupCard = ({ group, merging, onMerge }: DuplicateGroupCardProps) => {
  const translate = useTranslate();
  const locale = useLocale();
  // The API lists the oldest first: the natural record to keep.
  const [keepId, setKeepId] = useState(group.customers[0]?.id);
  const [confirming, setConfirming] = useState(false);
  const keep = group.customers.find((c) => c.id === keepId);
  const sources = group.customers.filter((c) => c.id !== keepId);
  const field = (name: string) => translate(`resources.customers.fields.${name}`);
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en-US');
  return (
    <Card variant="outlined">
      <CardContent sx={{ pb: 0 }}>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
          <Chip size="small" color="warning" label={translate(enumLabel('duplicateReason', group.reason))} />
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
            {group.key}
          </Typography>
        </Stack>
        <Table size="small" aria-label={translate(enumLabel('duplicateReason', group.reason))}>
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">{translate('crm.duplicates.keep')}</TableCell>
              <TableCell>{field('code')}</TableCell>
              <TableCell>{field('name')}</TableCell>
              <TableCell>{field('phone')}</TableCell>
              <TableCell>{field('email')}</TableCell>
              <TableCell align="right">{field('orderCount')}</TableCell>
              <TableCell align="right">{field('totalRevenue')}</TableCell>
              <TableCell>{field('createdAt')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {group.customers.map((customer) => (
              <TableRow key={customer.id} selected={customer.id === keepId}>
                <TableCell padding="checkbox">
                  <Radio
                    checked={customer.id === keepId}
                    onChange={() => setKeepId(customer.id)}
                    slotProps={{ input: { 'aria-label': `${translate('crm.duplicates.keep')} ${customer.name}` } }}
                  />
                </TableCell>
                <TableCell>{customer.code}</TableCell>
                <TableCell>
                  <Link to={`/customers/${customer.id}/show`}>{customer.name}</Link>
                </TableCell>
                <TableCell>{customer.phone ?? '—'}</TableCell>
                <TableCell>{customer.email ?? '—'}</TableCell>
                <TableCell align="right">{customer.orderCount}</TableCell>
                <TableCell align="right">{formatMoney(customer.totalRevenue, locale)}</TableCell>
                <TableCell>{date(customer.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </CardContent>
      <CardActions sx={{ justifyContent: 'flex-end' }}>
        <Button
          label="crm.duplicates.merge"
          variant="contained"
          disabled={!keep || sources.length === 0 || merging}
          onClick={() => setConfirming(true)}
          startIcon={<MergeIcon />}
        />
      </CardActions>
      <Confirm
        isOpen={confirming}
        loading={merging}
        title="crm.duplicates.confirm_title"
        content="crm.duplicates.confirm_content"
        translateOptions={{
          keep: keep?.name ?? '',
          others: sources.map((c) => `${c.name} (${c.code})`).join(', '),
          smart_count: sources.length,
        }}
        confirm="crm.duplicates.merge"
        confirmColor="warning"
        onConfirm={() => {
          setConfirming(false);
          if (keep)
            onMerge(
              keep.id,
              sources.map((c) => c.id),
            );
        }}
        onClose={() => setConfirming(false)}
      />
    </Card>
  );
};
