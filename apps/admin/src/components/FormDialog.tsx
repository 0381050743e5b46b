import { Dialog, DialogTitle } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  CreateBase,
  EditBase,
  type Identifier,
  type RaRecord,
  SaveButton,
  SimpleForm,
  Toolbar,
  type TransformData,
  useNotify,
  useTranslate,
} from 'react-admin';

interface FormDialogProps {
  open: boolean;
  onClose: () => void;
  resource: string;
  /** Translation key of the dialog title. */
  title: string;
  /** Edits this record when given, otherwise creates one. */
  id?: Identifier;
  /** Default values of a new record (e.g. the customer it belongs to). */
  defaults?: Partial<RaRecord>;
  transform?: TransformData;
  onSaved?: (record: RaRecord) => void;
  children: ReactNode;
}

const DialogToolbar = ({ onCancel }: { onCancel: () => void }) => (
  <Toolbar sx={{ justifyContent: 'flex-end', gap: 1 }}>
    <Button label="ra.action.cancel" onClick={onCancel} />
    <SaveButton />
  </Toolbar>
);

/**
 * Create or edit a record without leaving the page. Saves pessimistically, so the API's field errors
 * (400/409/422 problem details) appear under the inputs and its detail as a notification.
 */
export const FormDialog = ({
  open,
  onClose,
  resource,
  title,
  id,
  defaults,
  transform,
  onSaved,
  children,
}: FormDialogProps) => {
  const notify = useNotify();
  const translate = useTranslate();
  const onSuccess = (record: RaRecord, message: string) => {
    notify(message, { type: 'info', messageArgs: { smart_count: 1 } });
    onSaved?.(record);
    onClose();
  };
  const form = (
    <SimpleForm toolbar={<DialogToolbar onCancel={onClose} />} sx={{ pt: 0 }}>
      {children}
    </SimpleForm>
  );
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="md" aria-labelledby={`${resource}-dialog-title`}>
      <DialogTitle id={`${resource}-dialog-title`}>{translate(title)}</DialogTitle>
      {open &&
        (id !== undefined ? (
          <EditBase
            resource={resource}
            id={id}
            mutationMode="pessimistic"
            redirect={false}
            transform={transform}
            mutationOptions={{ onSuccess: (record: RaRecord) => onSuccess(record, 'ra.notification.updated') }}
          >
            {form}
          </EditBase>
        ) : (
          <CreateBase
            resource={resource}
            record={defaults}
            redirect={false}
            transform={transform}
            mutationOptions={{ onSuccess: (record: RaRecord) => onSuccess(record, 'ra.notification.created') }}
          >
            {form}
          </CreateBase>
        ))}
    </Dialog>
  );
};
