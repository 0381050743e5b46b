import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { SelectInput, type SelectInputProps, useWrappedSource } from 'react-admin';
import { useDictionary } from './useDictionary';

type DictionarySelectInputProps = Omit<SelectInputProps, 'choices' | 'source'> & {
  /** Dictionary list, e.g. region, industry, customer_source, interaction_type, payment_method. */
  type: string;
  source: string;
};

/**
 * A select over the active entries of a dictionary list, labelled in the current locale. A retired entry
 * still shows when the record holds it, so editing never blanks a value.
 */
export const DictionarySelectInput = ({ type, source, ...rest }: DictionarySelectInputProps) => {
  const { entries, isPending, label } = useDictionary(type);
  const current = useWatch({ name: useWrappedSource(source) }) as string | null | undefined;
  const choices = useMemo(
    () =>
      entries
        .filter((e) => e.active || e.key === current)
        .map((e) => ({ id: e.key, name: label(e.key) + (e.active ? '' : ' ✕') })),
    [entries, current, label],
  );
  return <SelectInput source={source} choices={choices} isPending={isPending} translateChoice={false} {...rest} />;
};
