import LockResetIcon from '@mui/icons-material/LockReset';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, ListItemIcon, MenuItem } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  HttpError,
  PasswordInput,
  minLength,
  required,
  useDataProvider,
  useNotify,
  useTranslate,
  useUserMenu,
} from 'react-admin';
import type { CrmDataProvider } from '../providers/types';

interface PasswordForm {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

const MIN_LENGTH = 8;

const matches = (value: string, values: PasswordForm) =>
  value && value !== values.newPassword ? 'crm.password.mismatch' : undefined;

export const ChangePasswordDialog = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const notify = useNotify();
  const translate = useTranslate();
  const [saving, setSaving] = useState(false);

  const submit = async (values: Partial<PasswordForm>) => {
    setSaving(true);
    try {
      await dataProvider.changePassword(values.currentPassword ?? '', values.newPassword ?? '');
      notify('crm.password.changed', { type: 'success' });
      onClose();
    } catch (error) {
      // Returning the field errors lets react-admin's Form show them under the inputs.
      if (error instanceof HttpError && error.body?.errors) return error.body.errors as Record<string, string>;
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={open} onClose={onClose} aria-labelledby="change-password-title" fullWidth maxWidth="xs">
      <Form onSubmit={submit} noValidate>
        <DialogTitle id="change-password-title">{translate('crm.password.change')}</DialogTitle>
        <DialogContent>
          <PasswordInput
            source="currentPassword"
            label="crm.password.current"
            validate={required()}
            autoComplete="current-password"
            fullWidth
          />
          <PasswordInput
            source="newPassword"
            label="crm.password.new"
            validate={[required(), minLength(MIN_LENGTH, 'crm.password.min_length')]}
            autoComplete="new-password"
            fullWidth
          />
          <PasswordInput
            source="confirmPassword"
            label="crm.password.confirm"
            validate={[required(), matches]}
            autoComplete="new-password"
            fullWidth
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
};

/** User-menu entry; the dialog lives outside the menu so closing the menu does not unmount it. */
export const ChangePasswordMenuItem = ({ onOpen }: { onOpen: () => void }) => {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem
      onClick={() => {
        userMenu?.onClose();
        onOpen();
      }}
    >
      <ListItemIcon>
        <LockResetIcon fontSize="small" />
      </ListItemIcon>
      {translate('crm.password.change')}
    </MenuItem>
  );
};
