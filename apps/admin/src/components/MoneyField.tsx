import { Typography, type TypographyProps } from '@mui/material';
import { useLocale, useRecordContext } from 'react-admin';

/** Formats a decimal string (the API's money type) in the app's language, without float arithmetic on input. */
export const formatMoney = (value: string | number | null | undefined, locale: string, currency?: string | null) => {
  if (value === null || value === undefined || value === '') return '—';
  const amount = Number(value);
  if (Number.isNaN(amount)) return String(value);
  const formatted = amount.toLocaleString(locale === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return currency ? `${formatted} ${currency}` : formatted;
};

interface MoneyFieldProps {
  source: string;
  label?: string;
  /** Show the record's currency after the amount. */
  withCurrency?: boolean;
  color?: TypographyProps['color'];
  sortable?: boolean;
  textAlign?: 'right' | 'left';
}

export const MoneyField = ({ source, withCurrency = false, color }: MoneyFieldProps) => {
  const record = useRecordContext();
  const locale = useLocale();
  if (!record) return null;
  const currency = withCurrency ? (record.currency as string | undefined) : undefined;
  return (
    <Typography component="span" variant="body2" color={color} sx={{ fontVariantNumeric: 'tabular-nums' }}>
      {formatMoney(record[source] as string | null, locale, currency)}
    </Typography>
  );
};
