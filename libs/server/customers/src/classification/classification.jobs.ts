import { defineJob } from '@crm/server-core';
import { AnalyticsQueue } from '../customers.queues';

export interface ClassifyCustomersPayload {
  // Rolling period of orders for value tiers and ABC classes; default CLASSIFY_PERIOD_DAYS (365).
  periodDays?: number;
  // Classify as of this date (yyyy-mm-dd); default today (UTC). For back-fills and tests.
  asOf?: string;
}

// Recomputes every customer's value tier, ABC class, stability, behaviour and proposed lifecycle
// stage. Nightly (CLASSIFY_CRON) and on demand (POST /customers/classify); safe to run twice.
export const ClassifyCustomersJob = defineJob<ClassifyCustomersPayload>(AnalyticsQueue, 'customers.classify', {
  attempts: 2,
  // One waiting or running run at a time; asking again meanwhile returns that run.
  deduplication: { id: 'customers.classify' },
});
