import type { ReactNode } from 'react';
import { Layout } from 'react-admin';
import { CrmAppBar } from './AppBar';
import { CrmMenu } from './Menu';

export const CrmLayout = ({ children }: { children: ReactNode }) => (
  <Layout appBar={CrmAppBar} menu={CrmMenu}>
    {children}
  </Layout>
);
