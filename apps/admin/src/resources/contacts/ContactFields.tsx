import StarIcon from '@mui/icons-material/Star';
import { Stack, Tooltip } from '@mui/material';
import { TextField, useRecordContext, useTranslate } from 'react-admin';
import type { Contact } from '../../providers/types';

/** The contact's name with a star on the customer's primary contact. */
export const ContactNameField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Contact>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <TextField source="name" />
      {record.isPrimary && (
        <Tooltip title={translate('resources.contacts.fields.isPrimary')}>
          <StarIcon fontSize="small" color="warning" aria-label={translate('resources.contacts.fields.isPrimary')} />
        </Tooltip>
      )}
    </Stack>
  );
};
