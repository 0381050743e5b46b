import AddIcon from '@mui/icons-material/Add';
import { Box } from '@mui/material';
import { useState } from 'react';
import { Button, DataTable, EmailField, ReferenceManyField, TextField, useRecordContext } from 'react-admin';
import { EmptyText } from '../../components/EmptyText';
import { EnumChip } from '../../components/EnumChip';
import { FormDialog } from '../../components/FormDialog';
import { useCanCreate, useCanWrite } from '../../components/usePermissionsFor';
import type { Contact, Customer } from '../../providers/types';
import { ContactNameField } from '../contacts/ContactFields';
import { ContactInputs } from '../contacts/ContactInputs';

/** The customer's contacts, added and edited in a dialog without leaving the customer page. */
export const CustomerContacts = () => {
  const customer = useRecordContext<Customer>();
  const canWrite = useCanWrite('contacts');
  const canAdd = useCanCreate('contacts');
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  if (!customer) return null;
  return (
    <Box sx={{ width: '100%' }}>
      {canAdd && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <Button label="crm.contacts.add" onClick={() => setEditing({})} startIcon={<AddIcon />} />
        </Box>
      )}
      <ReferenceManyField reference="contacts" target="customerId" sort={{ field: 'name', order: 'ASC' }} perPage={100}>
        <DataTable<Contact>
          bulkActionButtons={false}
          rowClick={(_id, _resource, record) => {
            if (canWrite) setEditing({ id: String(record.id) });
            return canWrite ? false : 'show';
          }}
          empty={<EmptyText message="crm.contacts.none" />}
        >
          <DataTable.Col source="name">
            <ContactNameField />
          </DataTable.Col>
          <DataTable.Col source="title" disableSort />
          <DataTable.Col source="buyingRole" disableSort>
            <EnumChip source="buyingRole" enumKey="buyingRole" />
          </DataTable.Col>
          <DataTable.Col source="mobile" disableSort />
          <DataTable.Col source="phone" disableSort />
          <DataTable.Col source="email" disableSort>
            <EmailField source="email" />
          </DataTable.Col>
          <DataTable.Col source="preferences" disableSort>
            <TextField source="preferences" sx={{ fontStyle: 'italic' }} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <FormDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        resource="contacts"
        title={editing?.id ? 'crm.contacts.edit_title' : 'crm.contacts.add_title'}
        id={editing?.id}
        defaults={{ customerId: customer.id, isPrimary: false }}
      >
        <ContactInputs mode={editing?.id ? 'edit' : 'create'} fixedCustomer />
      </FormDialog>
    </Box>
  );
};
