import { useRecordContext } from 'react-admin';
import { MoneyField } from '../../components/MoneyField';
import type { Order } from '../../providers/types';

/** The outstanding amount, in the warning colour while money is still owed. */
export const OutstandingField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext<Order>();
  return (
    <MoneyField source="outstandingAmount" color={Number(record?.outstandingAmount) > 0 ? 'warning.main' : undefined} />
  );
};
