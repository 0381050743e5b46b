import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { Product } from '../../providers/types';

/** Stock on hand; an empty shelf stands out so sales staff do not promise what is not there. */
export const StockField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Product>();
  const translate = useTranslate();
  if (!record) return null;
  if (record.stockOnHand > 0) return <span style={{ fontVariantNumeric: 'tabular-nums' }}>{record.stockOnHand}</span>;
  return <Chip size="small" color="error" label={translate('crm.products.out_of_stock')} />;
};
