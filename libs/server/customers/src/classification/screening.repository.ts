import { EntityManager } from 'typeorm';
import { BuyingRole } from '../contacts/contact.entity';
import { Customer } from '../customers/customer.entity';
import { CustomerKind, CustomerStatus, OverridableClassification } from '../customers/customer.enums';
import { recordFacts, screen, SCREENING_SETTINGS, ScreeningFacts } from './screening.rules';

type Activity = Pick<ScreeningFacts, 'contactCount' | 'primaryBuyingRole' | 'lastInteractionDate'>;
const NO_ACTIVITY: Activity = { contactCount: 0, primaryBuyingRole: null, lastInteractionDate: null };

// The screening facts kept outside the customer row, as two CTEs keyed by customer_id: contacts (how
// many, the primary one's buying role) and the latest interaction of the window. `customers` is SQL
// selecting the customer ids; `asOf` (a date) and `days` are SQL expressions, usually parameters.
// The nightly job reads them for every prospect, screenCustomers for the customers being saved.
export const screeningActivityCtes = (customers: string, asOf: string, days: string) => `
  prospect_contacts AS (
    SELECT customer_id, count(*)::int AS contact_count,
           max(buying_role) FILTER (WHERE is_primary) AS primary_role
    FROM contacts
    WHERE customer_id IN (${customers})
    GROUP BY customer_id
  ),
  prospect_interactions AS (
    SELECT customer_id, (max(occurred_at) AT TIME ZONE 'UTC')::date AS last_interaction_date
    FROM interactions
    WHERE customer_id IN (${customers})
      AND occurred_at >= (${asOf}::date - ${days}::int)::timestamp AT TIME ZONE 'UTC'
      AND occurred_at < (${asOf}::date + 1)::timestamp AT TIME ZONE 'UTC'
    GROUP BY customer_id
  )`;

// The activity of several customers in one statement.
async function loadActivity(m: EntityManager, ids: string[], asOf: string): Promise<Map<string, Activity>> {
  if (!ids.length) return new Map();
  const rows: Array<{ id: string; contact_count: number; primary_role: string | null; last: string | null }> =
    await m.query(
      `WITH ${screeningActivityCtes('SELECT unnest($1::uuid[])', '$2', '$3')}
       SELECT u.id, coalesce(pk.contact_count, 0) AS contact_count, pk.primary_role,
              to_char(pi.last_interaction_date, 'YYYY-MM-DD') AS last
       FROM unnest($1::uuid[]) AS u(id)
       LEFT JOIN prospect_contacts pk ON pk.customer_id = u.id
       LEFT JOIN prospect_interactions pi ON pi.customer_id = u.id`,
      [ids, asOf, SCREENING_SETTINGS.recentInteraction.days],
    );
  return new Map(
    rows.map((r) => [
      r.id,
      {
        contactCount: r.contact_count,
        primaryBuyingRole: r.primary_role as BuyingRole | null,
        lastInteractionDate: r.last,
      },
    ]),
  );
}

// Screens customers about to be saved (create, PATCH, bulk update) with the nightly job's rules, so
// a new or edited prospect shows its score at once; a hand-set grade is kept. Customers not yet
// saved have no contacts or interactions, so only existing prospects are read, in one query.
export async function screenCustomers(
  m: EntityManager,
  customers: Customer[],
  asOf = new Date().toISOString().slice(0, 10),
): Promise<void> {
  // Column defaults are not on an entity before its first save.
  const statusOf = (c: Customer) => c.status ?? CustomerStatus.Prospect;
  const prospectIds = customers.filter((c) => c.id && statusOf(c) === CustomerStatus.Prospect).map((c) => c.id);
  const activity = await loadActivity(m, prospectIds, asOf);
  for (const customer of customers) {
    const facts = recordFacts({
      status: statusOf(customer),
      kind: customer.kind ?? CustomerKind.Enterprise,
      source: customer.source ?? null,
      phone: customer.phone ?? null,
      email: customer.email ?? null,
      address: customer.address ?? null,
      website: customer.website ?? null,
      creditRating: customer.creditRating ?? null,
    });
    const result = screen({ ...facts, ...(activity.get(customer.id) ?? NO_ACTIVITY) }, asOf);
    customer.fitScore = result.fitScore;
    if (!customer.classificationOverrides?.includes(OverridableClassification.ScreeningGrade))
      customer.screeningGrade = result.screeningGrade;
  }
}
