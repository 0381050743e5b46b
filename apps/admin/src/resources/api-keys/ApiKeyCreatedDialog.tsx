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
import { useNotify, useTranslate } from 'react-admin';

/** The secret is in the create response only: show it once, with a copy button and a warning. */
export const ApiKeyCreatedDialog = ({ secret, onClose }: { secret: string | undefined; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    if (!secret) return;
    try {
      await navigator.clipboard.writeText(secret);
      notify('crm.api_keys.copied', { type: 'info' });
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    }
  };
  return (
    <Dialog open={Boolean(secret)} aria-labelledby="api-key-created-title" fullWidth maxWidth="sm">
      <DialogTitle id="api-key-created-title">{translate('crm.api_keys.created_title')}</DialogTitle>
      <DialogContent>
        <Alert severity="warning" sx={{ mb: 2 }}>
          {translate('crm.api_keys.created_warning')}
        </Alert>
        <TextField
          fullWidth
          value={secret ?? ''}
          label={translate('resources.api-keys.fields.key')}
          slotProps={{
            htmlInput: { readOnly: true, style: { fontFamily: 'monospace' } },
            input: {
              endAdornment: (
                <InputAdornment position="end">
                  <Tooltip title={translate('crm.api_keys.copy')}>
                    <IconButton aria-label={translate('crm.api_keys.copy')} onClick={copy} edge="end">
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
        <Button onClick={copy}>{translate('crm.api_keys.copy')}</Button>
        <Button variant="contained" onClick={onClose}>
          {translate('ra.action.close')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
