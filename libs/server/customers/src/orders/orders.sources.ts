import { Injectable } from '@nestjs/common';
import { SearchSource } from '../search/search-source';
import { TimelineSource } from '../timeline/timeline-source';

// The lifecycle change `l` that confirming order `o` caused (the first order moves a customer from
// exploration to formation, in the confirming transaction). The timeline shows it on the order's
// item instead of as a line of its own. Matched by the reason's order number; rows written before
// reasons had keys fall back to the time of the confirmation.
export const CAUSED_BY_ORDER = `l.customer_id = o.customer_id AND l.origin = 'rule'
  AND l.from_stage = 'exploration' AND l.to_stage = 'formation' AND o.confirmed_at IS NOT NULL
  AND CASE WHEN l.reason_key IS NOT NULL
        THEN l.reason_key = 'first_order_confirmed' AND l.reason_params->>'number' = o.number
        ELSE l.occurred_at BETWEEN o.confirmed_at - interval '1 minute' AND o.confirmed_at + interval '1 minute' END`;

// One item per order, at its latest step (created, confirmed, delivered, completed or cancelled),
// with every step's time in `data`; payments are items of their own.
@Injectable()
@TimelineSource({
  name: 'order',
  label: 'timeline_type.order',
  sql: `SELECT o.id, s.at AS occurred_at,
               'Order ' || o.number || ' ' || s.step AS title,
               concat_ws(' · ', o.total::text || ' ' || o.currency,
                         'Lifecycle: ' || (lc.change->>'fromStage') || ' → ' || (lc.change->>'toStage')) AS summary,
               jsonb_build_object('orderId', o.id, 'number', o.number, 'step', s.step, 'status', o.status,
                                  'deliveryStatus', o.delivery_status, 'total', o.total::text, 'currency', o.currency,
                                  'createdAt', o.created_at, 'confirmedAt', o.confirmed_at,
                                  'deliveredAt', o.delivered_at, 'completedAt', o.completed_at,
                                  'cancelledAt', o.cancelled_at, 'lifecycleChange', lc.change) AS data
        FROM orders o
        CROSS JOIN LATERAL (
          SELECT e.step, e.at FROM (VALUES (0, 'created', o.created_at), (1, 'confirmed', o.confirmed_at),
                                           (2, 'delivered', o.delivered_at), (3, 'completed', o.completed_at),
                                           (4, 'cancelled', o.cancelled_at)) AS e(n, step, at)
          WHERE e.at IS NOT NULL ORDER BY e.at DESC, e.n DESC LIMIT 1) s
        LEFT JOIN LATERAL (
          SELECT jsonb_build_object('id', l.id, 'fromStage', l.from_stage, 'toStage', l.to_stage) AS change
          FROM customer_lifecycle_changes l WHERE ${CAUSED_BY_ORDER}
          ORDER BY l.occurred_at LIMIT 1) lc ON true
        WHERE o.customer_id = :customerId`,
})
export class OrderTimelineSource {}

@Injectable()
@SearchSource({
  name: 'order',
  sql: `SELECT o.id, o.number AS title, concat_ws(' · ', cu.name, o.status, o.total::text || ' ' || o.currency) AS subtitle,
               o.customer_id, word_similarity(:q, o.number) AS rank
        FROM orders o JOIN customers cu ON cu.id = o.customer_id
        WHERE o.number ILIKE :pattern`,
})
export class OrderSearchSource {}
