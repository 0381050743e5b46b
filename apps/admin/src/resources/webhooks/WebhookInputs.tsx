import { useQuery } from '@tanstack/react-query';
import {
  AutocompleteArrayInput,
  BooleanInput,
  TextInput,
  maxLength,
  regex,
  required,
  useDataProvider,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { Webhook, CrmDataProvider } from '../../providers/types';
import { webhookEventsQueryKey } from './queryKeys';
import { eventLabel } from './webhookFields';

// The server has the full rule (https, private addresses); this only catches obvious typos early.
const validateUrl = [required(), maxLength(2000), regex(/^https?:\/\/\S+$/i, 'crm.webhooks.url_invalid')];

/** "*", then "<group>.*" for each group of the catalog, then every event, plus anything already saved. */
export const eventChoices = (events: string[], saved: string[] = []) => {
  const groups = [...new Set(events.filter((e) => e.includes('.')).map((e) => e.split('.')[0]))];
  const ids = ['*', ...groups.map((g) => `${g}.*`), ...events];
  return [...ids, ...saved.filter((s) => !ids.includes(s))];
};

const EventsInput = () => {
  const dataProvider = useDataProvider<CrmDataProvider>();
  const translate = useTranslate();
  const record = useRecordContext<Webhook>();
  const { data: events = [], isPending } = useQuery({
    queryKey: webhookEventsQueryKey,
    queryFn: () => dataProvider.listWebhookEvents(),
    // The catalog changes only with a server release.
    staleTime: Infinity,
  });
  // Each event reads as the registry describes it (in the UI language), after its name.
  const descriptions = new Map(events.map((e) => [e.name, e.description]));
  const choices = eventChoices(
    events.map((e) => e.name),
    record?.events,
  ).map((id) => {
    const description = descriptions.get(id);
    return { id, name: description ? `${id} — ${description}` : eventLabel(translate, id) };
  });
  return (
    <AutocompleteArrayInput
      source="events"
      choices={choices}
      translateChoice={false}
      isPending={isPending}
      validate={required()}
      helperText="crm.webhooks.events_hint"
    />
  );
};

/** Inputs shared by create and edit; `active` only on edit (a new webhook starts active). */
export const WebhookInputs = ({ mode }: { mode: 'create' | 'edit' }) => (
  <>
    <TextInput source="url" validate={validateUrl} helperText="crm.webhooks.url_hint" />
    <EventsInput />
    <TextInput source="description" multiline minRows={2} validate={maxLength(500)} />
    {mode === 'edit' && <BooleanInput source="active" helperText="crm.webhooks.active_hint" />}
  </>
);
