import { LIST_PAGE_SIZE } from '../../components/listDefaults';
import AddIcon from '@mui/icons-material/Add';
import { Chip } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DataTable,
  DeleteWithConfirmButton,
  FilterButton,
  List,
  NullableBooleanInput,
  SelectInput,
  TopToolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { FormDialog } from '../../components/FormDialog';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { DictionaryEntry } from '../../providers/types';
import { DictionaryActiveToggle } from './DictionaryActiveToggle';
import { DictionaryEntryInputs } from './DictionaryEntryInputs';
import { DictionaryEntryListFilter } from './DictionaryEntryListFilter';
import { dictionaryTypeChoices, dictionaryTypeLabel } from './dictionaryTypes';

const filters = [
  <SelectInput key="type" source="type" choices={dictionaryTypeChoices} />,
  <NullableBooleanInput key="active" source="active" />,
];

const TypeChip = (_props: { label?: string }) => {
  const record = useRecordContext<DictionaryEntry>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip size="small" variant="outlined" label={translate(dictionaryTypeLabel(record.type), { _: record.type })} />
  );
};

type Editing = { id?: string; type?: string } | null;

const Actions = ({ onCreate, canWrite }: { onCreate: () => void; canWrite: boolean }) => (
  <TopToolbar>
    <FilterButton />
    {canWrite && <Button label="ra.action.create" onClick={onCreate} startIcon={<AddIcon />} />}
  </TopToolbar>
);

// Deleting an entry in use answers 409 with a readable detail; react-admin shows it as a notification.
const DictionaryTable = ({ onEdit, canWrite }: { onEdit: (entry: DictionaryEntry) => void; canWrite: boolean }) => (
  <DataTable<DictionaryEntry>
    rowClick={
      canWrite
        ? (_id, _resource, record) => {
            onEdit(record as DictionaryEntry);
            return false;
          }
        : false
    }
    bulkActionButtons={false}
  >
    <DataTable.Col source="type" disableSort>
      <TypeChip />
    </DataTable.Col>
    <DataTable.Col source="key" />
    <DataTable.Col source="labelEn" />
    <DataTable.Col source="labelZh" disableSort />
    <DataTable.NumberCol source="sortOrder" />
    <DataTable.Col source="active" disableSort>
      <DictionaryActiveToggle disabled={!canWrite} />
    </DataTable.Col>
    {canWrite && (
      <DataTable.Col label="" disableSort>
        <DeleteWithConfirmButton mutationMode="pessimistic" redirect={false} />
      </DataTable.Col>
    )}
  </DataTable>
);

export const DictionaryEntryList = () => {
  const canWrite = useCanWrite('dictionary-entries');
  const [editing, setEditing] = useState<Editing>(null);
  return (
    <>
      <List
        perPage={LIST_PAGE_SIZE}
        filters={filters}
        aside={<DictionaryEntryListFilter />}
        // Grouped by list, then in display order.
        sort={{ field: 'type,sortOrder', order: 'ASC' }}
        actions={<Actions canWrite={canWrite} onCreate={() => setEditing({})} />}
        // The toolbar's create button stays reachable when a list is empty.
        empty={false}
        exporter={false}
      >
        <DictionaryTable canWrite={canWrite} onEdit={(entry) => setEditing({ id: entry.id })} />
      </List>
      <FormDialog
        open={editing !== null}
        onClose={() => setEditing(null)}
        resource="dictionary-entries"
        title={editing?.id ? 'crm.dictionary.edit_title' : 'crm.dictionary.create_title'}
        id={editing?.id}
        defaults={{ active: true, sortOrder: 0 }}
      >
        <DictionaryEntryInputs mode={editing?.id ? 'edit' : 'create'} />
      </FormDialog>
    </>
  );
};
