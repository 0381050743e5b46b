import { showUnavailableProps } from '../../components/RecordUnavailable';
import { Show, TabbedShowLayout, TextField, TopToolbar } from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { ScopeChips } from './ScopeChips';
import { ApiKeyStatus } from './ApiKeyStatus';
import { RevokeButton } from './RevokeButton';
import { LocaleDateField } from '../../components/LocaleDateField';

// API keys cannot be edited: revoke and create a new one instead.
const ApiKeyShowActions = () => (
  <TopToolbar>
    <RevokeButton />
  </TopToolbar>
);

export const ApiKeyShow = () => (
  <Show {...showUnavailableProps} actions={<ApiKeyShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="crm.tabs.details">
        <TextField source="name" />
        <ScopeChips label="resources.api-keys.fields.scopes" />
        <TextField source="prefix" />
        <ApiKeyStatus label="resources.api-keys.fields.status" />
        <LocaleDateField source="createdAt" />
        <LocaleDateField source="lastUsedAt" emptyText="—" />
        <LocaleDateField source="expiresAt" emptyText="—" />
        <LocaleDateField source="revokedAt" emptyText="—" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="crm.tabs.history" path="history">
        <AuditHistory resource="api-keys" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
