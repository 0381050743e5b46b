import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Form,
  SaveButton,
  SelectInput,
  TextInput,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormAction } from '../../components/useFormAction';
import type { CrmDataProvider, Customer, LifecycleStage } from '../../providers/types';
import { choices } from './customerEnums';

export const lifecycleQueryKey = (customerId: string) => ['customers', customerId, 'lifecycle'];

interface StageValues {
  stage: LifecycleStage;
  reason: string;
}

/** Sets the lifecycle stage by hand (POST /customers/:id/lifecycle); the API keeps the reason in the history. */
export const ChangeStageDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const record = useRecordContext<Customer>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const { onSubmit } = useFormAction(
    ({ stage, reason }: StageValues) => dataProvider.changeLifecycleStage(record!.id, stage, reason),
    () => {
      notify('crm.customers.lifecycle.changed', { type: 'info' });
      void queryClient.invalidateQueries({ queryKey: lifecycleQueryKey(record!.id) });
      refresh();
      onClose();
    },
  );
  if (!record) return null;
  const otherStages = choices.lifecycleStage.filter((c) => c.id !== record.lifecycleStage);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="change-stage-title">
      <DialogTitle id="change-stage-title">{translate('crm.customers.lifecycle.change_title')}</DialogTitle>
      <Form onSubmit={onSubmit} record={{ stage: otherStages[0]?.id, reason: '' }}>
        <DialogContent sx={{ pt: 0 }}>
          <SelectInput
            source="stage"
            label="crm.customers.lifecycle.new_stage"
            choices={otherStages}
            validate={required()}
            fullWidth
          />
          <TextInput
            source="reason"
            label="crm.customers.lifecycle.reason"
            validate={required()}
            multiline
            minRows={3}
            fullWidth
            helperText="crm.customers.lifecycle.reason_hint"
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={onClose} />
          <SaveButton label="crm.customers.lifecycle.change" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};
