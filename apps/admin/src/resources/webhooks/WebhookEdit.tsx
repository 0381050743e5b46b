import { editUnavailableProps } from '../../components/RecordUnavailable';
import { Edit, SimpleForm } from 'react-admin';
import { WebhookInputs } from './WebhookInputs';

export const WebhookEdit = () => (
  // Pessimistic so URL/event errors and version conflicts show on the form instead of after an undo delay.
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <WebhookInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
