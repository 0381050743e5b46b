import { editUnavailableProps } from '../../components/RecordUnavailable';
import {
  DeleteWithConfirmButton,
  Edit,
  SaveButton,
  SimpleForm,
  Toolbar,
  useGetIdentity,
  useRecordContext,
} from 'react-admin';
import { usePermission } from '../../components/usePermissionsFor';
import type { Interaction } from '../../providers/types';
import { InteractionInputs } from './InteractionInputs';

// Other staff's interactions are deleted only with interactions.delete.any (managers).
const useMayDelete = () => {
  const record = useRecordContext<Interaction>();
  const { identity } = useGetIdentity();
  const any = usePermission('interactions.delete.any');
  const own = usePermission('interactions.delete.own');
  return any || (own && !!record && record.staffId === identity?.id);
};

const InteractionEditToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    {useMayDelete() && <DeleteWithConfirmButton mutationMode="pessimistic" />}
  </Toolbar>
);

export const InteractionEdit = () => (
  <Edit {...editUnavailableProps} mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<InteractionEditToolbar />}>
      <InteractionInputs mode="edit" />
    </SimpleForm>
  </Edit>
);
