import AddCardIcon from '@mui/icons-material/AddCard';
import { Box } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  DataTable,
  DeleteWithConfirmButton,
  ReferenceManyField,
  TextField,
  useRecordContext,
  useRefresh,
} from 'react-admin';
import { DictionaryField } from '../../components/dictionary/DictionaryField';
import { EmptyText } from '../../components/EmptyText';
import { LocaleDateField } from '../../components/LocaleDateField';
import { MoneyField } from '../../components/MoneyField';
import { UserField } from '../../components/UserField';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { Order, Payment } from '../../providers/types';
import { PAYABLE } from '../orders/orderEnums';
import { RecordPaymentDialog } from './RecordPaymentDialog';

/** The order's payments and "Record payment"; saving refreshes the order's paid and outstanding amounts. */
export const PaymentsPanel = () => {
  const order = useRecordContext<Order>();
  const canWrite = useCanWrite('payments');
  const canDelete = useCanWrite('payments.delete');
  const refresh = useRefresh();
  const [recording, setRecording] = useState(false);
  if (!order) return null;
  // Offered while the order takes payments; the API has the final word (422 otherwise).
  const payable = PAYABLE.includes(order.status) && Number(order.outstandingAmount) > 0;
  return (
    <Box sx={{ width: '100%' }}>
      {canWrite && payable && (
        <Box sx={{ display: 'flex', justifyContent: 'flex-end', mb: 1 }}>
          <Button
            label="crm.payments.record"
            onClick={() => setRecording(true)}
            startIcon={<AddCardIcon />}
            variant="contained"
          />
        </Box>
      )}
      <ReferenceManyField reference="payments" target="orderId" sort={{ field: 'paidAt', order: 'DESC' }} perPage={100}>
        <DataTable<Payment>
          rowClick={false}
          bulkActionButtons={false}
          empty={<EmptyText message="crm.payments.none" />}
        >
          <DataTable.Col source="paidAt">
            <LocaleDateField source="paidAt" />
          </DataTable.Col>
          <DataTable.Col source="amount" align="right">
            <MoneyField source="amount" />
          </DataTable.Col>
          <DataTable.Col source="method" disableSort>
            <DictionaryField type="payment_method" source="method" />
          </DataTable.Col>
          <DataTable.Col source="account" disableSort />
          <DataTable.Col source="reference" disableSort>
            <TextField source="reference" emptyText="—" />
          </DataTable.Col>
          <DataTable.Col source="handledById" disableSort>
            <UserField source="handledById" />
          </DataTable.Col>
          {canDelete && order.status !== 'completed' && (
            <DataTable.Col label="" disableSort>
              <DeleteWithConfirmButton
                mutationMode="pessimistic"
                redirect={false}
                mutationOptions={{ onSuccess: refresh }}
              />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
      <RecordPaymentDialog order={order} open={recording} onClose={() => setRecording(false)} onSaved={refresh} />
    </Box>
  );
};
