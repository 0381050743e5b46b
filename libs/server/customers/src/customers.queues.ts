import { defineQueue } from '@crm/server-core';

// The queues the customers lib's jobs run on, declared in its descriptor.
export const ImportsQueue = defineQueue('imports');
// Shared with the analytics lib when it lands (descriptors merge queues by name).
export const AnalyticsQueue = defineQueue('analytics');
