import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** A muted one-line empty state for panels and embedded lists. */
export const EmptyText = ({ message }: { message: string }) => {
  const translate = useTranslate();
  return (
    <Typography color="text.secondary" variant="body2" sx={{ p: 2 }}>
      {translate(message)}
    </Typography>
  );
};
