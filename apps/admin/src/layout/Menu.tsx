import CopyAllIcon from '@mui/icons-material/CopyAll';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import QueueIcon from '@mui/icons-material/Queue';
import { ListItemIcon, MenuItem, Typography } from '@mui/material';
import { Menu, type MenuItemLinkProps, usePermissions, useSidebarState, useTranslate } from 'react-admin';
import { queuesUrl } from '../providers';
import { adminModules } from '../modules';
import { canAccess } from '../permissions';

// Order of the sidebar; each entry shows only with the permission permissions.ts names for it.
const CUSTOMER_RESOURCES = ['customers', 'contacts', 'interactions'];
const SALES_RESOURCES = ['products', 'product-lines', 'product-categories', 'orders', 'payments'];
const ADMIN_RESOURCES = [
  'dictionary-entries',
  'users',
  'departments',
  'api-keys',
  'webhooks',
  'audit-log',
  'job-runs',
  'notifications',
];

// Menu labels that differ from the resource's name (e.g. "Product catalog" for products).
const LABELS: Record<string, string> = { products: 'crm.menu.products' };

const PAGES: Array<{ section: string; to: string; label: string; icon: MenuItemLinkProps['leftIcon'] }> = [
  { section: 'import', to: '/import', label: 'crm.menu.import', icon: <UploadFileIcon /> },
  { section: 'duplicates', to: '/duplicates', label: 'crm.menu.duplicates', icon: <CopyAllIcon /> },
];

/** Bull Board is served by the API, not the SPA: a plain link opened in a new tab with the token in the URL. */
const QueuesMenuItem = () => {
  const translate = useTranslate();
  const [open] = useSidebarState();
  return (
    <MenuItem
      component="a"
      role="link"
      href="/api/admin/queues"
      target="_blank"
      rel="noopener noreferrer"
      // The token is read at click time so the link never carries a stale one.
      onClick={(e) => {
        e.currentTarget.setAttribute('href', queuesUrl());
      }}
      sx={{ color: 'text.secondary' }}
    >
      <ListItemIcon sx={{ minWidth: 40 }}>
        <QueueIcon />
      </ListItemIcon>
      <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
        {translate('crm.menu.queues')}
      </Typography>
      {open && <OpenInNewIcon fontSize="small" sx={{ color: 'text.disabled' }} />}
    </MenuItem>
  );
};

export const CrmMenu = () => {
  const { permissions } = usePermissions<string[]>();
  const translate = useTranslate();
  const resourceItems = (names: string[]) =>
    names
      .filter((name) => canAccess(permissions, name))
      .map((name) => (
        <Menu.ResourceItem
          key={name}
          name={name}
          role="link"
          {...(LABELS[name] ? { primaryText: translate(LABELS[name]) } : {})}
        />
      ));
  return (
    // The sidebar is navigation, not an ARIA menu: items are exposed as links.
    <Menu>
      <Menu.DashboardItem role="link" />
      {resourceItems(CUSTOMER_RESOURCES)}
      {resourceItems(SALES_RESOURCES)}
      {resourceItems(adminModules.map((m) => m.name))}
      {PAGES.filter(({ section }) => canAccess(permissions, section)).map(({ to, label, icon }) => (
        <Menu.Item key={to} to={to} primaryText={translate(label)} leftIcon={icon} role="link" />
      ))}
      {resourceItems(ADMIN_RESOURCES)}
      {canAccess(permissions, 'queues') && <QueuesMenuItem />}
    </Menu>
  );
};
