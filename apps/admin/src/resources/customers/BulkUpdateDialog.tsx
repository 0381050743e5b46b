import type { components } from '@crm/api-client';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import {
  AutocompleteInput,
  Button,
  Form,
  ReferenceInput,
  SaveButton,
  SelectInput,
  TextArrayInput,
  required,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { BY_NAME } from '../../components/sorts';
import { useFormAction } from '../../components/useFormAction';
import type { BulkCustomerChanges, BulkUpdateResult, CrmDataProvider, Customer } from '../../providers/types';
import { choices } from './customerEnums';

export type BulkChange = 'ownerId' | 'status' | 'tags';

const TITLES: Record<BulkChange, string> = {
  ownerId: 'crm.customers.bulk.assign_owner_title',
  status: 'crm.customers.bulk.change_status_title',
  tags: 'crm.customers.bulk.tags_title',
};

interface BulkValues {
  changes: BulkCustomerChanges;
}

const isEmpty = (tags: string[] | undefined) => !tags?.length;

// Tags to add, to remove, or both; an empty list is left out (the API wants at least one tag in each).
const toChanges = ({ addTags, removeTags, ...rest }: BulkCustomerChanges): BulkCustomerChanges => ({
  ...rest,
  ...(isEmpty(addTags) ? {} : { addTags }),
  ...(isEmpty(removeTags) ? {} : { removeTags }),
});

const validateTags = (values: FieldValues) =>
  isEmpty(values.changes?.addTags) && isEmpty(values.changes?.removeTags)
    ? { changes: { addTags: 'crm.customers.bulk.tags_required' } }
    : {};

const TagsInput = ({ source, label }: { source: 'addTags' | 'removeTags'; label: string }) => (
  <TextArrayInput source={`changes.${source}`} label={label} helperText="crm.customers.bulk.tags_hint" fullWidth />
);

// The inputs of each dialog; sources sit under `changes` so the API's field errors
// (changes.ownerId…) land on them.
const ChangeInput = ({ change }: { change: BulkChange }) => {
  switch (change) {
    case 'ownerId':
      return (
        <ReferenceInput source="changes.ownerId" reference="staff" sort={BY_NAME} filter={{ active: true }}>
          <AutocompleteInput
            optionText="name"
            label="resources.customers.fields.ownerId"
            validate={required()}
            fullWidth
          />
        </ReferenceInput>
      );
    case 'status':
      return (
        <SelectInput
          source="changes.status"
          label="resources.customers.fields.status"
          choices={choices.status}
          validate={required()}
          fullWidth
        />
      );
    case 'tags':
      return (
        <>
          <TagsInput source="addTags" label="crm.customers.bulk.add_tags" />
          <TagsInput source="removeTags" label="crm.customers.bulk.remove_tags" />
        </>
      );
  }
};

type Translate = ReturnType<typeof useTranslate>;
type FailureCode = components['schemas']['BulkUpdateFailureCode'];
const REASONS: Record<FailureCode, string> = {
  not_found: 'crm.customers.bulk.reasons.not_found',
  too_many_tags: 'crm.customers.bulk.reasons.too_many_tags',
};
const LISTED = 5;

/** "3 customers updated, 1 already up to date, 1 could not be changed: Acme Ltd (…)". */
export function bulkResultMessage(
  translate: Translate,
  { updated, unchanged, failed }: BulkUpdateResult,
  nameOf: (id: string) => string,
): string {
  const parts = [translate('crm.customers.bulk.updated', { smart_count: updated })];
  if (unchanged) parts.push(translate('crm.customers.bulk.unchanged', { smart_count: unchanged }));
  const summary = parts.join(translate('crm.customers.bulk.separator'));
  if (!failed.length) return summary;
  const listed = failed
    .slice(0, LISTED)
    .map((f) => `${nameOf(f.id)} (${REASONS[f.code] ? translate(REASONS[f.code]) : f.message})`);
  if (failed.length > LISTED)
    listed.push(translate('crm.customers.bulk.more', { smart_count: failed.length - LISTED }));
  const failedPart = translate('crm.customers.bulk.failed', { smart_count: failed.length });
  return `${summary}${translate('crm.customers.bulk.separator')}${failedPart}: ${listed.join('; ')}`;
}

/**
 * Applies one change to every selected customer (POST /customers/bulk-update). Changed customers are
 * unselected; those that could not be changed stay selected and are named in the notification.
 */
export const BulkUpdateDialog = ({ change, onClose }: { change: BulkChange; onClose: () => void }) => {
  const { selectedIds, data, onSelect, onUnselectItems } = useListContext<Customer>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const nameOf = (id: string) => data?.find((c) => c.id === id)?.name ?? id;
  const { onSubmit } = useFormAction(
    ({ changes }: BulkValues) => dataProvider.bulkUpdateCustomers(selectedIds, toChanges(changes)),
    (result: BulkUpdateResult) => {
      const failed = result.failed.map((f) => f.id);
      notify(bulkResultMessage(translate, result, nameOf), {
        type: failed.length ? 'warning' : 'info',
        autoHideDuration: failed.length ? 15_000 : undefined,
      });
      if (failed.length) onSelect(failed);
      else onUnselectItems();
      refresh();
      onClose();
    },
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="bulk-update-title">
      <DialogTitle id="bulk-update-title">{translate(TITLES[change], { smart_count: selectedIds.length })}</DialogTitle>
      <Form onSubmit={onSubmit} record={{ changes: {} }} validate={change === 'tags' ? validateTags : undefined}>
        <DialogContent sx={{ pt: 0 }}>
          <ChangeInput change={change} />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="crm.customers.bulk.apply" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
