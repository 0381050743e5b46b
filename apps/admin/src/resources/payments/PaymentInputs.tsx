import { DateTimeInput, TextInput, maxLength, required } from 'react-admin';
import { DictionarySelectInput } from '../../components/dictionary/DictionarySelectInput';
import { FormSection } from '../../components/FormSection';
import { money } from '../../components/money';

interface PaymentInputsProps {
  mode: 'create' | 'edit';
  /** Shown under the amount: what is still owed on the order. */
  amountHint?: string;
}

/** Amount and order are set once (the API refuses to change them); the rest may be corrected. */
export const PaymentInputs = ({ mode, amountHint }: PaymentInputsProps) => (
  <FormSection title="crm.payments.sections.payment">
    <TextInput
      source="amount"
      validate={[required(), money()]}
      disabled={mode === 'edit'}
      helperText={amountHint ?? false}
    />
    <DateTimeInput source="paidAt" validate={required()} />
    <DictionarySelectInput type="payment_method" source="method" validate={required()} />
    <TextInput source="account" validate={maxLength(200)} />
    <TextInput source="reference" validate={maxLength(200)} />
    <TextInput source="notes" multiline validate={maxLength(5000)} sx={{ gridColumn: '1 / -1' }} />
  </FormSection>
);
