import { QueryRunner } from 'typeorm';
import { BuyingRole } from '../contacts/contact.entity';
import { toCents } from '../orders/money';
import { COUNTED_STATUSES } from '../orders/order.entity';
import {
  AbcClass,
  Behaviour,
  CustomerKind,
  CustomerStatus,
  LifecycleStage,
  OverridableClassification,
  ScreeningGrade,
  Stability,
  ValueGroup,
  ValueTier,
} from '../customers/customer.enums';
import { Classification, CustomerOrderStats } from './classification.rules';
import { screeningActivityCtes } from './screening.repository';
import { Screening, SCREENING_SETTINGS, ScreeningFacts } from './screening.rules';

const COUNTED_SQL = COUNTED_STATUSES.map((s) => `'${s}'`).join(',');
const STATS_TABLE = 'classification_stats';

export interface StatsWindow {
  // Orders dated after asOf are left out; every window ends at asOf.
  asOf: string; // yyyy-mm-dd
  periodDays: number;
  // How far back an interaction counts for screening (default SCREENING_SETTINGS).
  recentInteractionDays?: number;
}

// What the job writes: the computed classifications except the lifecycle stage, and the screening.
export type JobClassification = Omit<Classification, 'lifecycleStage'> & Screening;

export interface CustomerStatsRow extends CustomerOrderStats {
  id: string;
  current: {
    valueTier: ValueTier | null;
    abcClass: AbcClass | null;
    valueGroup: ValueGroup | null;
    stability: Stability | null;
    behaviour: Behaviour | null;
    lifecycleStage: LifecycleStage;
    fitScore: number | null;
    screeningGrade: ScreeningGrade | null;
  };
  overrides: OverridableClassification[];
  screening: ScreeningFacts;
}

export interface ClassificationChange {
  id: string;
  before: JobClassification;
  after: JobClassification;
}

// Per-customer order statistics and revenue and margin ranks, and the screening facts of prospects
// (contacts, recent interactions), as one set-based statement into a temporary table of the
// runner's session (window functions: rank and a running sum for the cumulative share), then read
// back in id order in batches, so the job's memory does not grow with the number of customers.
const PROSPECT_IDS_SQL = `SELECT id FROM customers WHERE status = '${CustomerStatus.Prospect}' AND deleted_at IS NULL`;

export class ClassificationRepository {
  constructor(private readonly runner: QueryRunner) {}

  // Returns the number of live customers to classify.
  async computeStats(window: StatsWindow): Promise<number> {
    await this.runner.query(`DROP TABLE IF EXISTS pg_temp.${STATS_TABLE}`);
    await this.runner.query(`
      CREATE TEMP TABLE ${STATS_TABLE} (
        id uuid PRIMARY KEY,
        status text NOT NULL,
        value_tier text, abc_class text, value_group text, stability text, behaviour text,
        lifecycle_stage text NOT NULL,
        overrides text[] NOT NULL,
        order_count int NOT NULL, first_order_date date, last_order_date date,
        orders_recent int NOT NULL, orders_previous int NOT NULL,
        revenue_recent numeric(16,2) NOT NULL, revenue_previous numeric(16,2) NOT NULL,
        consecutive_quarters boolean NOT NULL,
        period_revenue numeric(16,2) NOT NULL, revenue_rank int, revenue_customers int NOT NULL,
        revenue_before numeric(18,2) NOT NULL, revenue_total numeric(18,2) NOT NULL,
        period_margin numeric(18,2) NOT NULL, margin_rank int, margin_customers int NOT NULL,
        fit_score smallint, screening_grade text, kind text NOT NULL, source text,
        has_phone boolean NOT NULL, has_email boolean NOT NULL, has_address boolean NOT NULL,
        has_website boolean NOT NULL, credit_rating smallint,
        contact_count int NOT NULL, primary_role text, last_interaction_date date
      )`);
    await this.runner.query(
      `WITH counted AS (
         SELECT o.customer_id, o.order_date, o.total
         FROM orders o
         WHERE o.status IN (${COUNTED_SQL}) AND o.order_date <= $1::date
       ),
       per_customer AS (
         SELECT customer_id,
                count(*)::int AS order_count,
                min(order_date) AS first_order_date,
                max(order_date) AS last_order_date,
                count(*) FILTER (WHERE order_date > ($1::date - interval '6 months'))::int AS orders_recent,
                count(*) FILTER (WHERE order_date > ($1::date - interval '12 months')
                                   AND order_date <= ($1::date - interval '6 months'))::int AS orders_previous,
                coalesce(sum(total) FILTER (WHERE order_date > ($1::date - interval '6 months')), 0) AS revenue_recent,
                coalesce(sum(total) FILTER (WHERE order_date > ($1::date - interval '12 months')
                                              AND order_date <= ($1::date - interval '6 months')), 0) AS revenue_previous,
                coalesce(sum(total) FILTER (WHERE order_date > $1::date - $2::int), 0) AS period_revenue
         FROM counted
         GROUP BY customer_id
       ),
       -- Cost of goods of the period's orders at the products' current cost (lines keep no cost
       -- snapshot); a product without a cost counts as costing nothing.
       period_cost AS (
         SELECT o.customer_id, sum(l.quantity * coalesce(p.cost, 0)) AS cost
         FROM orders o
         JOIN order_lines l ON l.order_id = o.id
         JOIN products p ON p.id = l.product_id
         WHERE o.status IN (${COUNTED_SQL}) AND o.order_date <= $1::date AND o.order_date > $1::date - $2::int
         GROUP BY o.customer_id
       ),
       quarters AS (
         SELECT customer_id, q - lag(q) OVER (PARTITION BY customer_id ORDER BY q) AS gap
         FROM (SELECT DISTINCT customer_id,
                      extract(year FROM order_date)::int * 4 + (extract(month FROM order_date)::int - 1) / 3 AS q
               FROM counted) d
       ),
       consecutive AS (
         SELECT customer_id, coalesce(bool_or(gap = 1), false) AS consecutive_quarters
         FROM quarters GROUP BY customer_id
       ),
       -- Screening facts, read for prospects only (the others get no score).
       ${screeningActivityCtes(PROSPECT_IDS_SQL, '$1', '$3')},
       base AS (
         SELECT c.id, c.status, c.value_tier, c.abc_class, c.value_group, c.stability, c.behaviour,
                c.lifecycle_stage, c.classification_overrides AS overrides,
                coalesce(pc.order_count, 0) AS order_count, pc.first_order_date, pc.last_order_date,
                coalesce(pc.orders_recent, 0) AS orders_recent, coalesce(pc.orders_previous, 0) AS orders_previous,
                coalesce(pc.revenue_recent, 0) AS revenue_recent, coalesce(pc.revenue_previous, 0) AS revenue_previous,
                coalesce(q.consecutive_quarters, false) AS consecutive_quarters,
                coalesce(pc.period_revenue, 0) AS period_revenue,
                coalesce(pc.period_revenue, 0) - coalesce(k.cost, 0) AS period_margin,
                c.fit_score, c.screening_grade, c.kind, c.source,
                coalesce(btrim(c.phone), '') <> '' AS has_phone, coalesce(btrim(c.email), '') <> '' AS has_email,
                coalesce(btrim(c.address), '') <> '' AS has_address,
                coalesce(btrim(c.website), '') <> '' AS has_website, c.credit_rating,
                coalesce(pk.contact_count, 0) AS contact_count, pk.primary_role, pi.last_interaction_date
         FROM customers c
         LEFT JOIN per_customer pc ON pc.customer_id = c.id
         LEFT JOIN consecutive q ON q.customer_id = c.id
         LEFT JOIN period_cost k ON k.customer_id = c.id
         LEFT JOIN prospect_contacts pk ON pk.customer_id = c.id
         LEFT JOIN prospect_interactions pi ON pi.customer_id = c.id
         WHERE c.deleted_at IS NULL
       )
       INSERT INTO ${STATS_TABLE}
       SELECT b.id, b.status, b.value_tier, b.abc_class, b.value_group, b.stability, b.behaviour,
              b.lifecycle_stage, b.overrides,
              b.order_count, b.first_order_date, b.last_order_date, b.orders_recent, b.orders_previous,
              b.revenue_recent, b.revenue_previous, b.consecutive_quarters, b.period_revenue,
              -- Customers with revenue sort first, so their rank is their place among those with revenue.
              CASE WHEN b.period_revenue > 0 THEN rank() OVER (ORDER BY b.period_revenue DESC) END,
              count(*) FILTER (WHERE b.period_revenue > 0) OVER (),
              coalesce(sum(b.period_revenue) OVER (ORDER BY b.period_revenue DESC, b.id
                                                   ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0),
              sum(b.period_revenue) OVER (),
              b.period_margin,
              -- Likewise, positive margins sort first.
              CASE WHEN b.period_margin > 0 THEN rank() OVER (ORDER BY b.period_margin DESC) END,
              count(*) FILTER (WHERE b.period_margin > 0) OVER (),
              b.fit_score, b.screening_grade, b.kind, b.source, b.has_phone, b.has_email, b.has_address,
              b.has_website, b.credit_rating, b.contact_count, b.primary_role, b.last_interaction_date
       FROM base b`,
      [window.asOf, window.periodDays, window.recentInteractionDays ?? SCREENING_SETTINGS.recentInteraction.days],
    );
    const [{ n }] = await this.runner.query(`SELECT count(*)::int AS n FROM ${STATS_TABLE}`);
    return n as number;
  }

  // The next batch of customers after `afterId`, in id order.
  async nextBatch(afterId: string | null, size: number): Promise<CustomerStatsRow[]> {
    const rows: RawStats[] = await this.runner.query(
      `SELECT id, status, value_tier, abc_class, value_group, stability, behaviour, lifecycle_stage, overrides,
              order_count, to_char(first_order_date, 'YYYY-MM-DD') AS first_order_date,
              to_char(last_order_date, 'YYYY-MM-DD') AS last_order_date,
              orders_recent, orders_previous, revenue_recent::text, revenue_previous::text, consecutive_quarters,
              period_revenue::text, revenue_rank, revenue_customers, revenue_before::text, revenue_total::text,
              period_margin::text, margin_rank, margin_customers,
              fit_score, screening_grade, kind, source, has_phone, has_email, has_address, has_website,
              credit_rating, contact_count, primary_role,
              to_char(last_interaction_date, 'YYYY-MM-DD') AS last_interaction_date
       FROM ${STATS_TABLE}
       WHERE $1::uuid IS NULL OR id > $1::uuid
       ORDER BY id
       LIMIT $2`,
      [afterId, size],
    );
    return rows.map(toStatsRow);
  }

  async dropStats(): Promise<void> {
    await this.runner.query(`DROP TABLE IF EXISTS pg_temp.${STATS_TABLE}`);
  }

  // Writes the computed classifications of one batch in one statement (inside the runner's open
  // transaction), leaving alone any the
  // customer's classificationOverrides names (read under the row lock, so a manual override made
  // meanwhile wins) and rows where nothing changes. Returns the customers that changed.
  async applyBatch(batch: Array<{ id: string } & JobClassification>): Promise<ClassificationChange[]> {
    if (!batch.length) return [];
    const rows: RawChange[] = await this.runner.query(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[],
                              $7::smallint[], $8::text[])
                  AS u(id, value_tier, abc_class, value_group, stability, behaviour, fit_score, screening_grade)
       ),
       current AS (
         SELECT c.id, c.value_tier, c.abc_class, c.value_group, c.stability, c.behaviour, c.fit_score,
                c.screening_grade,
                CASE WHEN '${OverridableClassification.ValueTier}' = ANY(c.classification_overrides) THEN c.value_tier ELSE u.value_tier END AS new_value_tier,
                CASE WHEN '${OverridableClassification.AbcClass}' = ANY(c.classification_overrides) THEN c.abc_class ELSE u.abc_class END AS new_abc_class,
                CASE WHEN '${OverridableClassification.ValueGroup}' = ANY(c.classification_overrides) THEN c.value_group ELSE u.value_group END AS new_value_group,
                CASE WHEN '${OverridableClassification.Stability}' = ANY(c.classification_overrides) THEN c.stability ELSE u.stability END AS new_stability,
                CASE WHEN '${OverridableClassification.Behaviour}' = ANY(c.classification_overrides) THEN c.behaviour ELSE u.behaviour END AS new_behaviour,
                u.fit_score AS new_fit_score,
                CASE WHEN '${OverridableClassification.ScreeningGrade}' = ANY(c.classification_overrides) THEN c.screening_grade ELSE u.screening_grade END AS new_screening_grade
         FROM customers c JOIN input u ON u.id = c.id
         WHERE c.deleted_at IS NULL
         ORDER BY c.id
         FOR UPDATE OF c
       ),
       changed AS (
         SELECT * FROM current
         WHERE (value_tier, abc_class, value_group, stability, behaviour, fit_score, screening_grade)
               IS DISTINCT FROM (new_value_tier, new_abc_class, new_value_group, new_stability, new_behaviour,
                                 new_fit_score, new_screening_grade)
       ),
       updated AS (
         UPDATE customers c
         SET value_tier = ch.new_value_tier, abc_class = ch.new_abc_class, value_group = ch.new_value_group,
             stability = ch.new_stability, behaviour = ch.new_behaviour, fit_score = ch.new_fit_score,
             screening_grade = ch.new_screening_grade, updated_at = now(), version = c.version + 1
         FROM changed ch
         WHERE c.id = ch.id
         RETURNING c.id
       )
       SELECT ch.* FROM changed ch JOIN updated u ON u.id = ch.id`,
      [
        batch.map((b) => b.id),
        batch.map((b) => b.valueTier),
        batch.map((b) => b.abcClass),
        batch.map((b) => b.valueGroup),
        batch.map((b) => b.stability),
        batch.map((b) => b.behaviour),
        batch.map((b) => b.fitScore),
        batch.map((b) => b.screeningGrade),
      ],
    );
    return rows.map((r) => ({
      id: r.id,
      before: {
        valueTier: r.value_tier,
        abcClass: r.abc_class,
        valueGroup: r.value_group,
        stability: r.stability,
        behaviour: r.behaviour,
        fitScore: r.fit_score,
        screeningGrade: r.screening_grade,
      },
      after: {
        valueTier: r.new_value_tier,
        abcClass: r.new_abc_class,
        valueGroup: r.new_value_group,
        stability: r.new_stability,
        behaviour: r.new_behaviour,
        fitScore: r.new_fit_score,
        screeningGrade: r.new_screening_grade,
      },
    })) as ClassificationChange[];
  }
}

interface RawStats {
  id: string;
  status: CustomerStatus;
  value_tier: ValueTier | null;
  abc_class: AbcClass | null;
  value_group: ValueGroup | null;
  stability: Stability | null;
  behaviour: Behaviour | null;
  lifecycle_stage: LifecycleStage;
  overrides: OverridableClassification[];
  order_count: number;
  first_order_date: string | null;
  last_order_date: string | null;
  orders_recent: number;
  orders_previous: number;
  revenue_recent: string;
  revenue_previous: string;
  consecutive_quarters: boolean;
  period_revenue: string;
  revenue_rank: number | null;
  revenue_customers: number;
  revenue_before: string;
  revenue_total: string;
  period_margin: string;
  margin_rank: number | null;
  margin_customers: number;
  fit_score: number | null;
  screening_grade: ScreeningGrade | null;
  kind: CustomerKind;
  source: string | null;
  has_phone: boolean;
  has_email: boolean;
  has_address: boolean;
  has_website: boolean;
  credit_rating: number | null;
  contact_count: number;
  primary_role: BuyingRole | null;
  last_interaction_date: string | null;
}

interface RawChange {
  id: string;
  value_tier: ValueTier | null;
  abc_class: AbcClass | null;
  value_group: ValueGroup | null;
  stability: Stability | null;
  behaviour: Behaviour | null;
  new_value_tier: ValueTier | null;
  new_abc_class: AbcClass | null;
  new_value_group: ValueGroup | null;
  new_stability: Stability | null;
  new_behaviour: Behaviour | null;
  fit_score: number | null;
  screening_grade: ScreeningGrade | null;
  new_fit_score: number | null;
  new_screening_grade: ScreeningGrade | null;
}

const toStatsRow = (r: RawStats): CustomerStatsRow => ({
  id: r.id,
  status: r.status,
  current: {
    valueTier: r.value_tier,
    abcClass: r.abc_class,
    valueGroup: r.value_group,
    stability: r.stability,
    behaviour: r.behaviour,
    lifecycleStage: r.lifecycle_stage,
    fitScore: r.fit_score,
    screeningGrade: r.screening_grade,
  },
  overrides: r.overrides,
  screening: {
    status: r.status,
    kind: r.kind,
    source: r.source,
    hasPhone: r.has_phone,
    hasEmail: r.has_email,
    hasAddress: r.has_address,
    hasWebsite: r.has_website,
    creditRating: r.credit_rating,
    contactCount: r.contact_count,
    primaryBuyingRole: r.primary_role,
    lastInteractionDate: r.last_interaction_date,
  },
  orderCount: r.order_count,
  firstOrderDate: r.first_order_date,
  lastOrderDate: r.last_order_date,
  ordersRecent: r.orders_recent,
  ordersPrevious: r.orders_previous,
  revenueRecent: toCents(r.revenue_recent),
  revenuePrevious: toCents(r.revenue_previous),
  consecutiveQuarters: r.consecutive_quarters,
  periodRevenue: toCents(r.period_revenue),
  revenueRank: r.revenue_rank === null ? null : Number(r.revenue_rank),
  revenueCustomers: Number(r.revenue_customers),
  revenueBefore: toCents(r.revenue_before),
  revenueTotal: toCents(r.revenue_total),
  periodMargin: toCents(r.period_margin),
  marginRank: r.margin_rank === null ? null : Number(r.margin_rank),
  marginCustomers: Number(r.margin_customers),
});
