import { Injectable } from '@nestjs/common';
import { CAUSED_BY_ORDER } from '../orders/orders.sources';
import { TimelineSource } from '../timeline/timeline-source';

// Stage changes, except the one an order's confirmation caused (shown on that order's item).
@Injectable()
@TimelineSource({
  name: 'lifecycle_change',
  label: 'timeline_type.lifecycle_change',
  sql: `SELECT l.id, l.occurred_at,
               'Lifecycle: ' || coalesce(l.from_stage || ' → ', '') || l.to_stage AS title,
               l.reason AS summary,
               jsonb_build_object('fromStage', l.from_stage, 'toStage', l.to_stage, 'origin', l.origin,
                                  'actorId', l.actor_id, 'actorName', l.actor_name,
                                  'reasonKey', l.reason_key, 'reasonParams', l.reason_params) AS data
        FROM customer_lifecycle_changes l
        WHERE l.customer_id = :customerId
          AND NOT EXISTS (SELECT 1 FROM orders o WHERE ${CAUSED_BY_ORDER})`,
})
export class LifecycleTimelineSource {}
