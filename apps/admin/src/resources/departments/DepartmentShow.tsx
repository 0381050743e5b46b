import { showUnavailableProps } from '../../components/RecordUnavailable';
import {
  DeleteWithConfirmButton,
  EditButton,
  ReferenceField,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { AuditHistory } from '../../components/AuditHistory';
import { LocaleDateField } from '../../components/LocaleDateField';

const DepartmentShowActions = () => (
  <TopToolbar>
    <EditButton />
    {/* The API answers 409 with a readable detail while members remain; react-admin shows it as a notification. */}
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const DepartmentShow = () => (
  <Show {...showUnavailableProps} actions={<DepartmentShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="crm.tabs.details">
        <TextField source="name" />
        <TextField source="description" emptyText="—" />
        <ReferenceField source="managerId" reference="users" emptyText="—" />
        <ReferenceField source="parentId" reference="departments" emptyText="—" />
        <LocaleDateField source="createdAt" />
        <LocaleDateField source="updatedAt" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="crm.tabs.history" path="history">
        <AuditHistory resource="departments" />
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
