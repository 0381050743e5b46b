import PanToolIcon from '@mui/icons-material/PanTool';
import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Customer } from '../../providers/types';

export const isSetByHand = (record: Customer | undefined, field: string) =>
  Boolean(record?.classificationOverrides?.includes(field as Customer['classificationOverrides'][number]));

/** Marks a computed classification that staff set by hand: the nightly jobs leave it alone. */
export const SetByHandBadge = ({ field }: { field: string }) => {
  const record = useRecordContext<Customer>();
  const translate = useTranslate();
  if (!isSetByHand(record, field)) return null;
  return (
    <Tooltip title={translate('crm.customers.set_by_hand_hint')}>
      {/* A span: the badge also sits in an input's helper text, a <p>. */}
      <Chip
        component="span"
        size="small"
        variant="outlined"
        color="warning"
        icon={<PanToolIcon sx={{ fontSize: 14 }} />}
        label={translate('crm.customers.set_by_hand')}
        sx={{ ml: 1, height: 20, '& .MuiChip-label': { px: 0.75, fontSize: 11 } }}
      />
    </Tooltip>
  );
};
