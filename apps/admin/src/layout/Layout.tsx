import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { CrmAppBar } from './AppBar';
import { CrmMenu } from './Menu';

export const CrmLayout = ({ children }: { children: ReactNode }) => (
  <Layout
    appBar={CrmAppBar}
    menu={CrmMenu}
    // react-admin's layout is at least as wide as its content (min-width: fit-content, and a flex item that
    // does not shrink), so one wide table widened the whole page past the window; lists scroll it instead.
    sx={{ minWidth: 0, '& .RaLayout-content': { minWidth: 0 } }}
  >
    {children}
  </Layout>
);
