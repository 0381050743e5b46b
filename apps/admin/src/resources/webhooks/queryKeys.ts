// Keys of the webhook queries that are not react-admin's own (the event catalog and the delivery log).
export const webhookEventsQueryKey = ['webhooks', 'events'];

// Everything under this key is refetched after a test send (log pages and an open delivery).
export const deliveriesQueryKey = (webhookId: string | undefined) => ['webhooks', webhookId, 'deliveries'];
