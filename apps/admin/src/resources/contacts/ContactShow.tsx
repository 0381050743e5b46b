import { showUnavailableProps } from '../../components/RecordUnavailable';
import {
  BooleanField,
  EditButton,
  EmailField,
  ReferenceField,
  Show,
  SimpleShowLayout,
  TextField,
  TopToolbar,
} from 'react-admin';
import { EnumChip } from '../../components/EnumChip';
import { LocaleDateField } from '../../components/LocaleDateField';
import { useCanWrite } from '../../components/usePermissionsFor';

const ContactShowActions = () => <TopToolbar>{useCanWrite('contacts') && <EditButton />}</TopToolbar>;

export const ContactShow = () => (
  <Show {...showUnavailableProps} actions={<ContactShowActions />}>
    <SimpleShowLayout>
      <ReferenceField source="customerId" reference="customers" link="show" />
      <TextField source="name" />
      <EnumChip source="gender" enumKey="gender" label="resources.contacts.fields.gender" emptyText="—" />
      <TextField source="title" emptyText="—" />
      <EnumChip source="buyingRole" enumKey="buyingRole" label="resources.contacts.fields.buyingRole" emptyText="—" />
      <BooleanField source="isPrimary" />
      <TextField source="mobile" emptyText="—" />
      <TextField source="phone" emptyText="—" />
      <EmailField source="email" emptyText="—" />
      <TextField source="preferences" emptyText="—" />
      <TextField source="notes" emptyText="—" />
      <LocaleDateField source="updatedAt" />
    </SimpleShowLayout>
  </Show>
);
