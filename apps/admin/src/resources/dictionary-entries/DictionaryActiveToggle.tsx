import { Switch } from '@mui/material';
import { useNotify, useRecordContext, useTranslate, useUpdate } from 'react-admin';
import type { DictionaryEntry } from '../../providers/types';

/** Retires or revives an entry in place; retired entries stay on records but cannot be chosen. */
export const DictionaryActiveToggle = ({ disabled = false }: { disabled?: boolean; label?: string }) => {
  const record = useRecordContext<DictionaryEntry>();
  const translate = useTranslate();
  const notify = useNotify();
  const [update, { isPending }] = useUpdate<DictionaryEntry>();
  if (!record) return null;
  return (
    <Switch
      size="small"
      checked={record.active}
      disabled={disabled || isPending}
      slotProps={{ input: { 'aria-label': translate('resources.dictionary-entries.fields.active') } }}
      onClick={(e) => e.stopPropagation()}
      onChange={(_e, active) =>
        update(
          'dictionary-entries',
          { id: record.id, data: { active }, previousData: record },
          {
            mutationMode: 'pessimistic',
            onSuccess: () =>
              notify(active ? 'crm.dictionary.activated' : 'crm.dictionary.deactivated', { type: 'info' }),
            onError: (error) => notify((error as Error).message, { type: 'error' }),
          },
        )
      }
    />
  );
};
