import {
  AbcClass,
  Behaviour,
  CustomerStatus,
  LifecycleStage,
  Stability,
  ValueGroup,
  ValueTier,
} from '../customers/customer.enums';

// What the classification job knows about one customer, computed in SQL (classification.repository.ts)
// from its confirmed, delivered and completed orders up to `asOf`. Amounts in cents.
export interface CustomerOrderStats {
  status: CustomerStatus;
  // All orders up to asOf.
  orderCount: number;
  firstOrderDate: string | null; // yyyy-mm-dd
  lastOrderDate: string | null;
  // Orders in the last 6 months, and in the 6 months before those.
  ordersRecent: number;
  ordersPrevious: number;
  revenueRecent: bigint;
  revenuePrevious: bigint;
  // Orders in two consecutive calendar quarters at some point.
  consecutiveQuarters: boolean;
  // Revenue of the rolling period, and its place among all customers with revenue in the period:
  // rank 1 = most (ties share a rank), how many customers have revenue, the revenue of those ranked
  // ahead (ties broken by id) and of everybody.
  periodRevenue: bigint;
  revenueRank: number | null;
  revenueCustomers: number;
  revenueBefore: bigint;
  revenueTotal: bigint;
  // Margin of the rolling period (revenue minus the products' current cost; a product without a
  // cost counts as costing nothing), and its rank among customers with a positive margin.
  periodMargin: bigint;
  marginRank: number | null;
  marginCustomers: number;
}

export interface Classification {
  valueTier: ValueTier;
  abcClass: AbcClass;
  valueGroup: ValueGroup | null;
  stability: Stability;
  behaviour: Behaviour | null;
  lifecycleStage: LifecycleStage;
}

// The customer pyramid: VIP top 1 %, major the next 4 %, ordinary the next 15 %, small the other
// 80 %, by revenue rank among customers with revenue in the period (at least one customer per
// non-empty tier, so a small base still has a VIP). Customers without revenue are small.
// Cumulative percentages: VIP within the top 1 %, major within the top 5 %, ordinary the top 20 %.
export const TIER_TOP_PERCENT: ReadonlyArray<[ValueTier, number]> = [
  [ValueTier.Vip, 1],
  [ValueTier.Major, 5],
  [ValueTier.Ordinary, 20],
];

// Whether a rank falls within the top `percent` of `count` ranked customers: rank ≤ ceil(count ×
// percent / 100), in integers, so any non-empty set has at least one.
export const inTopPercent = (rank: number | null, count: number, percent: number) =>
  !!rank && count > 0 && rank <= Math.floor((count * percent + 99) / 100);

export function valueTier(rank: number | null, revenueCustomers: number): ValueTier {
  for (const [tier, percent] of TIER_TOP_PERCENT) {
    if (inTopPercent(rank, revenueCustomers, percent)) return tier;
  }
  return ValueTier.Small;
}

// ABC by cumulative share of the period's revenue, largest first: a customer is A while the revenue
// ranked ahead of it is under 80 % of the total (so the one crossing 80 % is still A), B under 95 %,
// C for the rest and for customers without revenue.
export function abcClass(periodRevenue: bigint, revenueBefore: bigint, revenueTotal: bigint): AbcClass {
  if (periodRevenue <= 0n || revenueTotal <= 0n) return AbcClass.C;
  if (revenueBefore * 100n < revenueTotal * 80n) return AbcClass.A;
  if (revenueBefore * 100n < revenueTotal * 95n) return AbcClass.B;
  return AbcClass.C;
}

// MVC: the top 20 % of customers by positive margin in the period.
export const MVC_TOP_PERCENT = 20;
// MGC: revenue of the last 6 months at least 150 % of the 6 months before.
export const MGC_MIN_GROWTH_PERCENT = 50;

// Revenue of the last 6 months grew by at least MGC_MIN_GROWTH_PERCENT against the 6 months before.
// From nothing, it takes two orders in the last 6 months, so a one-off first purchase is not growth.
export function revenueGrowing(s: CustomerOrderStats): boolean {
  if (s.revenueRecent <= 0n) return false;
  if (s.revenuePrevious > 0n) return s.revenueRecent * 100n >= s.revenuePrevious * BigInt(100 + MGC_MIN_GROWTH_PERCENT);
  return s.ordersRecent >= 2;
}

// The first rule that applies: BZ (sold in the period at no margin: margin ≤ 0 with revenue, or
// below 0 from free goods), MVC (margin in the top 20 % of positive margins, ties share a rank),
// MGC (positive margin and growing revenue), else no group.
export function valueGroup(s: CustomerOrderStats): ValueGroup | null {
  if (s.periodMargin < 0n || (s.periodRevenue > 0n && s.periodMargin === 0n)) return ValueGroup.Bz;
  if (s.periodMargin <= 0n) return null;
  if (inTopPercent(s.marginRank, s.marginCustomers, MVC_TOP_PERCENT)) return ValueGroup.Mvc;
  if (revenueGrowing(s)) return ValueGroup.Mgc;
  return null;
}

const DAY = 24 * 3600 * 1000;
export const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

// Frequency (or revenue) fell by more than half against the period before.
export const fellByHalf = (recent: number | bigint, previous: number | bigint) =>
  BigInt(previous) > 0n && BigInt(recent) * 2n < BigInt(previous);

// no orders → potential; one order → new; two or more → repeat; five or more spanning at least 12
// months with one in the last 6 months → loyal.
export function stability(s: CustomerOrderStats): Stability {
  if (s.orderCount === 0 || !s.firstOrderDate || !s.lastOrderDate) return Stability.Potential;
  if (s.orderCount >= 5 && addMonths(s.firstOrderDate, 12) <= s.lastOrderDate && s.ordersRecent > 0)
    return Stability.Loyal;
  if (s.orderCount >= 2) return Stability.Repeat;
  return Stability.New;
}

// The first rule that applies: lost (last order over 365 days ago), occasional (one order, older
// than 90 days), newly acquired (first order within 90 days), loyal (stability loyal), disloyal
// (orders in the last 6 months fell by more than half against the 6 months before), newly developed
// (two orders at most), loyal. No orders: no behaviour category.
export function behaviour(s: CustomerOrderStats, asOf: string): Behaviour | null {
  if (s.orderCount === 0 || !s.firstOrderDate || !s.lastOrderDate) return null;
  if (daysBetween(s.lastOrderDate, asOf) > 365) return Behaviour.Lost;
  if (s.orderCount === 1 && daysBetween(s.firstOrderDate, asOf) > 90) return Behaviour.Occasional;
  if (daysBetween(s.firstOrderDate, asOf) <= 90) return Behaviour.NewlyAcquired;
  if (stability(s) === Stability.Loyal) return Behaviour.Loyal;
  if (fellByHalf(s.ordersRecent, s.ordersPrevious)) return Behaviour.Disloyal;
  if (s.orderCount <= 2) return Behaviour.NewlyDeveloped;
  return Behaviour.Loyal;
}

// The proposed lifecycle stage (SPEC 1.2), first rule that applies: terminated (status lost),
// exploration (no orders), decline (no order for over 365 days, or — with at least two orders —
// order frequency or revenue of the last 6 months fell by more than half against the 6 months
// before), stability (orders in two consecutive quarters), formation (a first order).
export function lifecycleStage(s: CustomerOrderStats, asOf: string): LifecycleStage {
  if (s.status === CustomerStatus.Lost) return LifecycleStage.Terminated;
  if (s.orderCount === 0 || !s.lastOrderDate) return LifecycleStage.Exploration;
  if (daysBetween(s.lastOrderDate, asOf) > 365) return LifecycleStage.Decline;
  if (
    s.orderCount >= 2 &&
    (fellByHalf(s.ordersRecent, s.ordersPrevious) || fellByHalf(s.revenueRecent, s.revenuePrevious))
  )
    return LifecycleStage.Decline;
  if (s.consecutiveQuarters) return LifecycleStage.Stability;
  return LifecycleStage.Formation;
}

export function classify(s: CustomerOrderStats, asOf: string): Classification {
  return {
    valueTier: valueTier(s.revenueRank, s.revenueCustomers),
    abcClass: abcClass(s.periodRevenue, s.revenueBefore, s.revenueTotal),
    valueGroup: valueGroup(s),
    stability: stability(s),
    behaviour: behaviour(s, asOf),
    lifecycleStage: lifecycleStage(s, asOf),
  };
}
