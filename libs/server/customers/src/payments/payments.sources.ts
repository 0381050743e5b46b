import { Injectable } from '@nestjs/common';
import { TimelineSource } from '../timeline/timeline-source';

// A payment is its own event (the order's item does not repeat it).
@Injectable()
@TimelineSource({
  name: 'payment',
  label: 'timeline_type.payment',
  sql: `SELECT p.id, p.paid_at AS occurred_at,
               'Payment ' || p.amount::text || ' ' || o.currency AS title,
               concat_ws(' · ', 'Order ' || o.number, coalesce(d.label_en, p.method), p.reference) AS summary,
               jsonb_build_object('orderId', p.order_id, 'number', o.number, 'amount', p.amount::text,
                                  'currency', o.currency, 'method', p.method, 'methodLabelZh', d.label_zh,
                                  'handledById', p.handled_by_id) AS data
        FROM payments p
        JOIN orders o ON o.id = p.order_id
        LEFT JOIN dictionary_entries d ON d.type = 'payment_method' AND d.key = p.method
        WHERE p.customer_id = :customerId`,
})
export class PaymentTimelineSource {}
