import { showUnavailableProps } from '../../components/RecordUnavailable';
import { BooleanField, EditButton, ReferenceField, Show, TabbedShowLayout, TextField, TopToolbar } from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { RoleChips } from '../../components/RoleChips';
import { LocaleDateField } from '../../components/LocaleDateField';

const UserShowActions = () => (
  <TopToolbar>
    <EditButton />
  </TopToolbar>
);

export const UserShow = () => (
  <Show {...showUnavailableProps} actions={<UserShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="crm.tabs.details">
        <TextField source="name" />
        <TextField source="email" />
        <RoleChips source="roles" label="resources.users.fields.roles" />
        <ReferenceField source="departmentId" reference="departments" emptyText="—" />
        <BooleanField source="active" />
        <LocaleDateField source="lastLoginAt" emptyText="—" />
        <LocaleDateField source="createdAt" />
        <LocaleDateField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="crm.tabs.history" path="history">
        <AuditHistory resource="users" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
