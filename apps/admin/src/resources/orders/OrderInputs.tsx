import { Alert } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import {
  AutocompleteInput,
  DateInput,
  DateTimeInput,
  ReferenceInput,
  TextInput,
  maxLength,
  regex,
  required,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { FormSection } from '../../components/FormSection';
import { BY_NAME } from '../../components/sorts';
import { useSeesOthersRecords } from '../../components/usePermissionsFor';
import type { CrmDataProvider, Order } from '../../providers/types';
import { OrderLinesInput } from './OrderLinesInput';
import { OrderLinesTable } from './OrderLinesTable';

const CURRENCY = regex(/^[A-Za-z]{3}$/, 'crm.orders.currency_pattern');

const FrozenNotice = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mb: 2, width: '100%' }}>
      {translate('crm.orders.frozen_hint')}
    </Alert>
  );
};

// The number a blank field will get for the chosen order date (a likely one: another order may take it).
const NextNumberHint = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const orderDate = useWatch({ name: 'orderDate' }) as string | null | undefined;
  const date =
    typeof orderDate === 'string' && /^\d{4}-\d{2}-\d{2}/.test(orderDate) ? orderDate.slice(0, 10) : undefined;
  const { data } = useQuery({
    queryKey: ['orders', 'next-number', date ?? 'today'],
    queryFn: () => dataProvider.getNextOrderNumber(date),
    staleTime: 10_000,
  });
  return (
    <>{data ? translate('crm.orders.number_hint', { number: data }) : translate('crm.orders.number_hint_plain')}</>
  );
};

/**
 * Header, contract terms and lines. Number, customer, date, currency and lines change only while the order
 * is a draft (the API answers 422 order_not_draft otherwise), so they are locked afterwards.
 */
export const OrderInputs = () => {
  const record = useRecordContext<Order>();
  const frozen = Boolean(record?.status && record.status !== 'draft');
  // Names come from the staff directory (GET /staff); the API checks whom a user may choose.
  const canPickOwner = useSeesOthersRecords();
  return (
    <>
      {frozen && <FrozenNotice />}
      <FormSection title="crm.orders.sections.order">
        <ReferenceInput source="customerId" reference="customers" sort={BY_NAME}>
          <AutocompleteInput optionText="name" validate={required()} disabled={frozen} />
        </ReferenceInput>
        <TextInput
          source="number"
          validate={maxLength(50)}
          disabled={frozen}
          helperText={record?.id ? false : <NextNumberHint />}
        />
        <DateInput source="orderDate" disabled={frozen} />
        <TextInput source="currency" validate={CURRENCY} disabled={frozen} />
        {canPickOwner && (
          <ReferenceInput source="ownerId" reference="staff" sort={BY_NAME} filter={{ active: true }}>
            <AutocompleteInput optionText="name" helperText="crm.orders.owner_hint" />
          </ReferenceInput>
        )}
      </FormSection>
      <FormSection title="crm.orders.sections.lines">
        <div style={{ gridColumn: '1 / -1' }}>{frozen ? <OrderLinesTable /> : <OrderLinesInput />}</div>
      </FormSection>
      <FormSection title="crm.orders.sections.contract">
        <DateInput source="startDate" />
        <DateInput source="endDate" />
        <TextInput source="signedBy" validate={maxLength(200)} />
        <DateTimeInput source="signedAt" />
        <TextInput source="terms" multiline minRows={3} validate={maxLength(10000)} sx={{ gridColumn: '1 / -1' }} />
        <TextInput source="notes" multiline minRows={2} validate={maxLength(5000)} sx={{ gridColumn: '1 / -1' }} />
      </FormSection>
    </>
  );
};
