import InboxIcon from '@mui/icons-material/Inbox';
import { Box, Typography } from '@mui/material';
import { CreateButton, useGetResourceLabel, useResourceContext, useTranslate } from 'react-admin';

// "Users" reads "users" mid-sentence; acronyms such as "API keys" stay as they are.
const midSentence = (name: string) =>
  name.length > 1 && name[1] === name[1].toLowerCase() ? name[0].toLowerCase() + name.slice(1) : name;

/** The empty state of a list: a translated message, and a create button where creating is allowed. */
export const ListEmpty = ({ canCreate = false }: { canCreate?: boolean }) => {
  const resource = useResourceContext() ?? '';
  const translate = useTranslate();
  const getResourceLabel = useGetResourceLabel();
  const name = getResourceLabel(resource, 2);
  return (
    <Box sx={{ textAlign: 'center', py: 8, px: 2, width: '100%' }}>
      <InboxIcon sx={{ fontSize: 64, color: 'text.disabled' }} />
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate('crm.empty.title', { name: midSentence(name) })}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate(canCreate ? 'crm.empty.create_hint' : 'crm.empty.read_only')}
      </Typography>
      {canCreate && <CreateButton variant="contained" />}
    </Box>
  );
};
