import EventNoteIcon from '@mui/icons-material/EventNote';
import type { Interaction } from '../../providers/types';
import { InteractionCreate } from './InteractionCreate';
import { InteractionEdit } from './InteractionEdit';
import { InteractionList } from './InteractionList';
import { InteractionShow } from './InteractionShow';

export default {
  list: InteractionList,
  create: InteractionCreate,
  edit: InteractionEdit,
  show: InteractionShow,
  icon: EventNoteIcon,
  recordRepresentation: (record: Interaction) => record.summary,
};
