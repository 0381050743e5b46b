import { Injectable } from '@nestjs/common';
import { TimelineSource } from '../timeline/timeline-source';

@Injectable()
@TimelineSource({
  name: 'interaction',
  label: 'timeline_type.interaction',
  sql: `SELECT i.id, i.occurred_at, coalesce(d.label_en, i.type) AS title, i.summary,
               jsonb_build_object('interactionType', i.type, 'contactId', i.contact_id, 'staffId', i.staff_id,
                                  'place', i.place, 'outcome', i.outcome, 'nextStep', i.next_step,
                                  'nextStepAt', i.next_step_at, 'labelZh', d.label_zh) AS data
        FROM interactions i
        LEFT JOIN dictionary_entries d ON d.type = 'interaction_type' AND d.key = i.type
        WHERE i.customer_id = :customerId`,
})
export class InteractionTimelineSource {}
