import { showUnavailableProps } from '../../components/RecordUnavailable';
import { EditButton, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { LocaleDateField } from '../../components/LocaleDateField';
import { UserField } from '../../components/UserField';
import { useCanWrite } from '../../components/usePermissionsFor';

const InteractionShowActions = () => <TopToolbar>{useCanWrite('interactions') && <EditButton />}</TopToolbar>;

export const InteractionShow = () => (
  <Show {...showUnavailableProps} actions={<InteractionShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="customerId" reference="customers" link="show" />
      <ReferenceField source="contactId" reference="contacts" link="show" emptyText="—" />
      <DictionaryField type="interaction_type" source="type" label="resources.interactions.fields.type" />
      <LocaleDateField source="occurredAt" />
      <TextField source="place" emptyText="—" />
      <TextField source="summary" />
      <TextField source="details" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
      <TextField source="outcome" emptyText="—" />
      <TextField source="nextStep" emptyText="—" />
      <LocaleDateField source="nextStepAt" emptyText="—" />
      <UserField source="staffId" label="resources.interactions.fields.staffId" />
    </SimpleShowLayout>
  </Show>
);
