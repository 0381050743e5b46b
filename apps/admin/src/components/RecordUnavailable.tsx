import BlockIcon from '@mui/icons-material/Block';
import VisibilityOffIcon from '@mui/icons-material/VisibilityOff';
import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import {
  Button,
  Link,
  useCreatePath,
  useEditContext,
  useResourceContext,
  useShowContext,
  useTranslate,
} from 'react-admin';

const Message = ({
  icon,
  title,
  body,
  action,
}: {
  icon: ReactNode;
  title: string;
  body: string;
  action?: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Box role="alert" sx={{ p: 4, textAlign: 'center', color: 'text.secondary' }}>
      <Box sx={{ fontSize: 48, '& svg': { fontSize: 'inherit' } }}>{icon}</Box>
      <Typography variant="h6" color="text.primary" gutterBottom>
        {translate(title)}
      </Typography>
      <Typography variant="body2" sx={{ mb: 2 }}>
        {translate(body)}
      </Typography>
      {action}
    </Box>
  );
};

/** The page a user sees for a screen their permissions do not include (instead of "Not Found"). */
export const NotPermitted = () => (
  <Message
    icon={<BlockIcon fontSize="inherit" />}
    title="crm.unavailable.forbidden_title"
    body="crm.unavailable.forbidden_body"
    action={<Button component={Link} to="/" label="crm.unavailable.home" />}
  />
);

const statusOf = (error: unknown) => (error as { status?: number } | null)?.status;

const Unavailable = ({ error }: { error: unknown }) => {
  const resource = useResourceContext();
  const createPath = useCreatePath();
  const back = resource ? (
    <Button component={Link} to={createPath({ resource, type: 'list' })} label="crm.unavailable.back" />
  ) : undefined;
  if (statusOf(error) === 403) {
    return (
      <Message
        icon={<BlockIcon fontSize="inherit" />}
        title="crm.unavailable.forbidden_title"
        body="crm.unavailable.forbidden_record_body"
        action={back}
      />
    );
  }
  // The API answers 404 both for a record that does not exist and for one the caller may not see (another
  // rep's customer), so that existence does not leak; the page says both.
  return (
    <Message
      icon={<VisibilityOffIcon fontSize="inherit" />}
      title="crm.unavailable.not_visible_title"
      body="crm.unavailable.not_visible_body"
      action={back}
    />
  );
};

/** Error content of a Show page: not permitted (403) or not found / not visible to you (404). */
export const ShowUnavailable = () => <Unavailable error={useShowContext().error} />;
/** Error content of an Edit page. */
export const EditUnavailable = () => <Unavailable error={useEditContext().error} />;

const ignore = () => undefined;

/**
 * Props for <Show>/<Edit>: stay on the page and explain why the record is not shown, instead of
 * react-admin's "element does not exist" toast and a redirect to the list.
 */
export const showUnavailableProps = {
  error: <ShowUnavailable />,
  redirectOnError: false,
  queryOptions: { onError: ignore },
} as const;
export const editUnavailableProps = {
  error: <EditUnavailable />,
  redirectOnError: false,
  queryOptions: { onError: ignore },
} as const;
