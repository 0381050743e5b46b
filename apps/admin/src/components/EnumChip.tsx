import { Chip, type ChipProps } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { enumLabel } from './enums';

export type ChipColor = ChipProps['color'];

interface EnumChipProps {
  source: string;
  /** Key under `crm.enums` holding the value's labels. */
  enumKey: string;
  colors?: Record<string, ChipColor>;
  /** Used as the column header by DataTable and the field label by show layouts. */
  label?: string;
  emptyText?: string;
}

/** A translated enum value as a chip; nothing (or emptyText) when the value is empty. */
export const EnumChip = ({ source, enumKey, colors = {}, emptyText }: EnumChipProps) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const value: unknown = record?.[source];
  if (value === null || value === undefined || value === '') return emptyText ? <span>{emptyText}</span> : null;
  const key = String(value);
  return (
    <Chip
      size="small"
      color={colors[key] ?? 'default'}
      label={translate(enumLabel(enumKey, key), { _: key })}
      // Inside a Labeled (a stretching column) a chip keeps its own width.
      sx={{ maxWidth: 'fit-content' }}
    />
  );
};
