import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  IconButton,
  InputAdornment,
  TextField,
  Tooltip,
} from '@mui/material';
import { useId } from 'react';
import { useNotify, useTranslate } from 'react-admin';

export interface SecretOnceDialogProps {
  secret: string | undefined;
  onClose: () => void;
  /** i18n keys of the title, the warning and the secret's label. */
  title: string;
  warning: string;
  label: string;
}

/** A secret the API returns on create only: show it once, with a copy button and a warning. */
export const SecretOnceDialog = ({ secret, onClose, title, warning, label }: SecretOnceDialogProps) => {
  const translate = useTranslate();
  const notify = useNotify();
  const titleId = useId();
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      notify('crm.secret.copied', { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Dialog open={Boolean(secret)} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate(title)}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate(warning)}
        </Alert>
        <TextField
          fullWidth
          value={secret ?? ''}
          label={translate(label)}
          slotProps={{
            htmlInput: { readOnly: true, style: { fontFamily: 'monospace' } },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('crm.secret.copy')}>
                    <IconButton aria-label={translate('crm.secret.copy')} onClick={copy} edge="end">
                      <ContentCopyIcon />
                    </IconButton>
                  </Tooltip>
                </InputAdornment>
              ),
            },
          }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={copy}>{translate('crm.secret.copy')}</Button>
        <Button variant="contained" onClick={onClose}>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
