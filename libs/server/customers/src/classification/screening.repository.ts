import { EntityManager } from 'typeorm';
import { BuyingRole } from '../contacts/contact.entity';
import { Customer } from '../customers/customer.entity';
import { CustomerKind, CustomerStatus, OverridableClassification } from '../customers/customer.enums';
import { recordFacts, screen, SCREENING_SETTINGS, ScreeningFacts } from './screening.rules';

type Activity = Pick<ScreeningFacts, 'contactCount' | 'primaryBuyingRole' | 'lastInteractionDate'>;

// Contacts and the latest recent interaction of one customer, in one statement on indexed columns.
async function loadActivity(m: EntityManager, customerId: string, asOf: string): Promise<Activity> {
  const [row] = await m.query(
    `SELECT (SELECT count(*)::int FROM contacts WHERE customer_id = $1) AS contact_count,
            (SELECT buying_role FROM contacts WHERE customer_id = $1 AND is_primary) AS primary_role,
            (SELECT to_char(max(occurred_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD') FROM interactions
             WHERE customer_id = $1
               AND occurred_at >= ($2::date - $3::int)::timestamp AT TIME ZONE 'UTC'
               AND occurred_at < ($2::date + 1)::timestamp AT TIME ZONE 'UTC') AS last_interaction_date`,
    [customerId, asOf, SCREENING_SETTINGS.recentInteraction.days],
  );
  return {
    contactCount: row.contact_count,
    primaryBuyingRole: row.primary_role as BuyingRole | null,
    lastInteractionDate: row.last_interaction_date,
  };
}

// Screens a customer about to be saved (create or PATCH) with the nightly job's rules, so a new or
// edited prospect shows its score at once; a hand-set grade is kept. A customer not yet saved has
// no contacts or interactions, so only an existing prospect costs a query.
export async function screenCustomer(
  m: EntityManager,
  customer: Customer,
  asOf = new Date().toISOString().slice(0, 10),
): Promise<void> {
  // Column defaults are not on an entity before its first save.
  const status = customer.status ?? CustomerStatus.Prospect;
  const facts = recordFacts({
    status,
    kind: customer.kind ?? CustomerKind.Enterprise,
    source: customer.source ?? null,
    phone: customer.phone ?? null,
    email: customer.email ?? null,
    address: customer.address ?? null,
    website: customer.website ?? null,
    creditRating: customer.creditRating ?? null,
  });
  const activity: Activity =
    customer.id && status === CustomerStatus.Prospect
      ? await loadActivity(m, customer.id, asOf)
      : { contactCount: 0, primaryBuyingRole: null, lastInteractionDate: null };
  const result = screen({ ...facts, ...activity }, asOf);
  customer.fitScore = result.fitScore;
  if (!customer.classificationOverrides?.includes(OverridableClassification.ScreeningGrade))
    customer.screeningGrade = result.screeningGrade;
}
