import { Box, Stack, Typography } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  ArrayInput,
  AutocompleteInput,
  NumberInput,
  ReferenceInput,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  required,
  useLocale,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { formatMoney } from '../../components/MoneyField';
import { money } from '../../components/money';
import type { Product } from '../../providers/types';
import { type LineDraft, lineTotal, orderTotals } from './orderMath';

const LABEL = (field: string) => `resources.orders.fields.${field}`;

/** Picking a product fills the unit price with its list price; the price stays editable. */
const ProductInput = () => {
  const { getSource } = useSourceContext();
  const { setValue } = useFormContext();
  return (
    <ReferenceInput
      source="productId"
      reference="products"
      sort={{ field: 'name', order: 'ASC' }}
      filter={{ status: 'active' }}
    >
      <AutocompleteInput
        label={LABEL('productId')}
        optionText={(p: Product) => `${p.code} · ${p.name}`}
        validate={required()}
        sx={{ minWidth: 280 }}
        onChange={(_value: string, product: Product | '') => {
          if (product) setValue(getSource('unitPrice'), product.listPrice, { shouldDirty: true });
        }}
      />
    </ReferenceInput>
  );
};

/** The line's total as the server will compute it. */
const LineTotal = () => {
  const { getSource } = useSourceContext();
  const locale = useLocale();
  const translate = useTranslate();
  const line = useWatch({ name: getSource('') }) as LineDraft | undefined;
  return (
    <Box sx={{ minWidth: 120, textAlign: 'right', alignSelf: 'center' }}>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(LABEL('lineTotal'))}
      </Typography>
      <Typography variant="body2" sx={{ fontWeight: 600, fontVariantNumeric: 'tabular-nums' }} data-testid="line-total">
        {formatMoney(lineTotal(line ?? {}), locale)}
      </Typography>
    </Box>
  );
};

/** Subtotal, discount and total of the lines being edited. */
export const OrderTotalsPreview = () => {
  const lines = useWatch({ name: 'lines' }) as LineDraft[] | undefined;
  const currency = useWatch({ name: 'currency' }) as string | undefined;
  const translate = useTranslate();
  const locale = useLocale();
  const totals = orderTotals(lines);
  const row = (field: 'subtotal' | 'discountTotal' | 'total', strong = false) => (
    <Stack direction="row" spacing={2} sx={{ justifyContent: 'space-between' }}>
      <Typography variant="body2" color="text.secondary">
        {translate(LABEL(field))}
      </Typography>
      <Typography
        variant="body2"
        sx={{ fontWeight: strong ? 700 : 400, fontVariantNumeric: 'tabular-nums' }}
        data-testid={`preview-${field}`}
      >
        {formatMoney(totals[field], locale, currency || 'CNY')}
      </Typography>
    </Stack>
  );
  return (
    <Box sx={{ ml: 'auto', width: 320, p: 1.5, border: 1, borderColor: 'divider', borderRadius: 1 }}>
      {row('subtotal')}
      {row('discountTotal')}
      {row('total', true)}
      <Typography variant="caption" color="text.secondary">
        {translate('crm.orders.preview_hint')}
      </Typography>
    </Box>
  );
};

/** The order lines: product, quantity, unit price and discount %, with each line's total. */
export const OrderLinesInput = () => (
  <>
    <ArrayInput source="lines" label={LABEL('lines')} validate={required()}>
      <SimpleFormIterator inline disableReordering>
        <ProductInput />
        <NumberInput
          source="quantity"
          label={LABEL('quantity')}
          min={1}
          step={1}
          validate={[required(), minValue(1)]}
          sx={{ width: 110 }}
        />
        <TextInput source="unitPrice" label={LABEL('unitPrice')} validate={[required(), money()]} sx={{ width: 140 }} />
        <NumberInput
          source="discount"
          label={LABEL('discount')}
          min={0}
          max={100}
          // The API takes up to 2 decimals (12.5 %).
          step={0.01}
          validate={[minValue(0), maxValue(100)]}
          sx={{ width: 110 }}
        />
        <LineTotal />
      </SimpleFormIterator>
    </ArrayInput>
    <OrderTotalsPreview />
  </>
);
