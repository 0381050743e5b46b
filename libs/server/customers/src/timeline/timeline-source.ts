import { contributionKind, MessageKey } from '@crm/server-core';

// One kind of item on a customer's timeline, declared on a provider of the lib's module:
//   @Injectable() @TimelineSource({ name: 'service_request', label: 'timeline_type.service_request', sql: `SELECT …` })
//   export class ServiceRequestTimelineSource {}
// `name` is the items' type and what the types filter takes; `label` names the type in the filter
// (the lib's message catalog). `sql` is a SELECT of the customer's items with the columns
//   id uuid, occurred_at timestamptz, title text, summary text (nullable), data jsonb (nullable)
// filtered on the named parameter :customerId (use an index on your customer_id column). One row
// per business event: a record that goes through steps is one item showing its latest step.
export interface TimelineSourceDefinition {
  name: string;
  label: MessageKey;
  sql: string;
}

export const TimelineSource = contributionKind<TimelineSourceDefinition>('timeline source');
