import LabelIcon from '@mui/icons-material/LocalOffer';
import PersonIcon from '@mui/icons-material/PersonAddAlt';
import PrintIcon from '@mui/icons-material/Print';
import SwapIcon from '@mui/icons-material/SwapHoriz';
import { type ReactElement, useState } from 'react';
import { BulkDeleteWithConfirmButton, Button, useListContext, useNavigate } from 'react-admin';
import { useSeesOthersRecords } from '../../components/usePermissionsFor';
import { type BulkChange, BulkUpdateDialog } from './BulkUpdateDialog';

const CHANGES: Array<{ change: BulkChange; label: string; icon: ReactElement }> = [
  { change: 'ownerId', label: 'crm.customers.bulk.assign_owner', icon: <PersonIcon /> },
  { change: 'status', label: 'crm.customers.bulk.change_status', icon: <SwapIcon /> },
  { change: 'tags', label: 'crm.customers.bulk.tags', icon: <LabelIcon /> },
];

/** The label sheet of the selected customers, on its own page (printing needs no app chrome). */
export const labelsPath = (ids: readonly unknown[]) => `/customers/labels?ids=${ids.map(String).join(',')}`;

const PrintLabelsButton = () => {
  const { selectedIds } = useListContext();
  const navigate = useNavigate();
  return (
    <Button
      label="crm.customers.bulk.print_labels"
      startIcon={<PrintIcon />}
      onClick={() => navigate(labelsPath(selectedIds))}
    />
  );
};

/**
 * Bulk actions of the customer list. Everyone who reads customers may print labels; writers also change
 * owner (managers only: account managers own only their own customers), status and tags, and delete.
 */
export const CustomerBulkActions = ({ canWrite }: { canWrite: boolean }) => {
  const canPickOwner = useSeesOthersRecords();
  const [open, setOpen] = useState<BulkChange | null>(null);
  const changes = canWrite ? CHANGES.filter(({ change }) => change !== 'ownerId' || canPickOwner) : [];
  return (
    <>
      {changes.map(({ change, label, icon }) => (
        <Button key={change} label={label} startIcon={icon} onClick={() => setOpen(change)} />
      ))}
      <PrintLabelsButton />
      {/* Deleting moves customers to the bin, from which an administrator can restore them. */}
      {canWrite && <BulkDeleteWithConfirmButton mutationMode="pessimistic" />}
      {open && <BulkUpdateDialog change={open} onClose={() => setOpen(null)} />}
    </>
  );
};
