import { editUnavailableProps } from '../../components/RecordUnavailable';
import {
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  ShowButton,
  SimpleForm,
  Toolbar,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import type { Order } from '../../providers/types';
import { OrderInputs } from './OrderInputs';
import { OrderStatusHeader } from './OrderStatusHeader';
import { OrderWorkflowButtons } from './OrderWorkflowButtons';

const OrderEditActions = () => (
  <TopToolbar>
    <OrderWorkflowButtons />
    <ShowButton />
  </TopToolbar>
);

// Only drafts can be deleted (the API answers 422 otherwise: cancel instead).
const OrderEditToolbar = () => {
  const record = useRecordContext<Order>();
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton />
      {record?.status === 'draft' && <DeleteWithConfirmButton mutationMode="pessimistic" />}
    </Toolbar>
  );
};

export const OrderEdit = () => (
  // Pessimistic: the server computes totals and may refuse a change; show its answer, not a guess.
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="show" actions={<OrderEditActions />}>
    <OrderStatusHeader />
    <SimpleForm toolbar={<OrderEditToolbar />}>
      <OrderInputs />
    </SimpleForm>
  </Edit>
);
