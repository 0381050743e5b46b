import { Typography } from '@mui/material';
import { ReferenceField, useRecordContext } from 'react-admin';
import { useHasAccess } from './usePermissionsFor';

interface UserFieldProps {
  source: string;
  label?: string;
  sortable?: boolean;
  link?: false | 'show';
}

/**
 * A staff member referenced by id (owner, handler, staff): names come from the staff directory, which
 * everyone may read; administrators get a link to the user account.
 */
export const UserField = ({ source, link = false }: UserFieldProps) => {
  const record = useRecordContext();
  const canReadUsers = useHasAccess('users');
  const id = record?.[source] as string | null | undefined;
  if (!id) return <Typography variant="body2">—</Typography>;
  if (canReadUsers && link) return <ReferenceField source={source} reference="users" link={link} emptyText="—" />;
  return <ReferenceField source={source} reference="staff" link={false} emptyText="—" />;
};
