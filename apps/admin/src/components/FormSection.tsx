import { Box, Divider, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/** A titled group of inputs laid out in a responsive grid. */
export const FormSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mb: 2 }}>
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 1 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: 1.5 }} />
      <Box
        sx={{
          display: 'grid',
          gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))', lg: 'repeat(3, minmax(0, 1fr))' },
          columnGap: 2,
          alignItems: 'start',
          '& .MuiFormControl-root': { width: '100%' },
        }}
      >
        {children}
      </Box>
    </Box>
  );
};
