import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useDictionary } from './useDictionary';

interface DictionaryFieldProps {
  type: string;
  source: string;
  label?: string;
  sortable?: boolean;
  emptyText?: string;
}

/** The label of a dictionary key stored on the record, in the current locale (the key if unknown). */
export const DictionaryField = ({ type, source, emptyText = '' }: DictionaryFieldProps) => {
  const record = useRecordContext();
  const { label } = useDictionary(type);
  const value = record?.[source] as string | null | undefined;
  return (
    <Typography component="span" variant="body2">
      {value ? label(value) : emptyText}
    </Typography>
  );
};
