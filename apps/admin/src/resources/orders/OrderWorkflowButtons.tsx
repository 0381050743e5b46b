import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { type ReactElement, useState } from 'react';
import {
  Button,
  Confirm,
  Form,
  SaveButton,
  TextInput,
  maxLength,
  required,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { CrmDataProvider, Order, OrderAction } from '../../providers/types';
import { ACTIONS_BY_STATUS } from './orderEnums';

const ICONS: Record<OrderAction, ReactElement> = {
  confirm: <CheckCircleIcon />,
  deliver: <LocalShippingIcon />,
  complete: <DoneAllIcon />,
  cancel: <CancelIcon />,
};

const CancelDialog = ({ onCancel, onClose }: { onCancel: (reason: string) => void; onClose: () => void }) => {
  const translate = useTranslate();
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="cancel-order-title">
      <DialogTitle id="cancel-order-title">{translate('crm.orders.cancel_title')}</DialogTitle>
      <Form onSubmit={(values: { reason?: string }) => onCancel(String(values.reason))}>
        <DialogContent sx={{ pt: 0 }}>
          <TextInput
            source="reason"
            label="crm.orders.cancel_reason"
            validate={[required(), maxLength(2000)]}
            multiline
            minRows={3}
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.close" onClick={onClose} />
          <SaveButton label="crm.orders.actions.cancel" icon={<CancelIcon />} color="error" />
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/**
 * The workflow steps the order's status allows (draft → confirmed → delivered → completed, or cancelled).
 * The API decides: an illegal step answers 422 and its detail is shown as is.
 */
export const OrderWorkflowButtons = () => {
  const record = useRecordContext<Order>();
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const canWrite = useCanWrite('orders');
  const [asking, setAsking] = useState<OrderAction | null>(null);
  const run = useMutation({
    mutationFn: ({ action, reason }: { action: OrderAction; reason?: string }) =>
      dataProvider.orderAction(record!.id, action, reason === undefined ? undefined : { reason }),
    onSuccess: (_order, { action }) => {
      notify(`crm.orders.done.${action}`, { type: 'info' });
      refresh();
    },
    onError: (error: Error) => notify(error.message, { type: 'error' }),
    onSettled: () => setAsking(null),
  });
  if (!record || !canWrite) return null;
  const act = (action: OrderAction) => {
    // Confirming locks the lines and delivering moves stock: both ask first, cancelling asks for a reason.
    if (action === 'complete') run.mutate({ action });
    else setAsking(action);
  };
  return (
    <>
      {ACTIONS_BY_STATUS[record.status].map((action) => (
        <Button
          key={action}
          label={`crm.orders.actions.${action}`}
          onClick={() => act(action)}
          disabled={run.isPending}
          color={action === 'cancel' ? 'error' : 'primary'}
          startIcon={ICONS[action]}
        />
      ))}
      <Confirm
        isOpen={asking === 'confirm'}
        loading={run.isPending}
        title="crm.orders.confirm_title"
        content="crm.orders.confirm_content"
        translateOptions={{ number: record.number }}
        confirm="crm.orders.actions.confirm"
        onConfirm={() => run.mutate({ action: 'confirm' })}
        onClose={() => setAsking(null)}
      />
      <Confirm
        isOpen={asking === 'deliver'}
        loading={run.isPending}
        title="crm.orders.deliver_title"
        content="crm.orders.deliver_content"
        translateOptions={{ number: record.number }}
        confirm="crm.orders.actions.deliver"
        onConfirm={() => run.mutate({ action: 'deliver' })}
        onClose={() => setAsking(null)}
      />
      {asking === 'cancel' && (
        <CancelDialog onClose={() => setAsking(null)} onCancel={(reason) => run.mutate({ action: 'cancel', reason })} />
      )}
    </>
  );
};
