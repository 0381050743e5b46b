import {
  AbcClass,
  Behaviour,
  CustomerStatus,
  LifecycleStage,
  Stability,
  ValueGroup,
  ValueTier,
} from '../customers/customer.enums';
import {
  abcClass,
  addMonths,
  behaviour,
  classify,
  CustomerOrderStats,
  inTopPercent,
  lifecycleStage,
  revenueGrowing,
  stability,
  valueGroup,
  valueTier,
} from './classification.rules';

const AS_OF = '2026-06-30';

const stats = (overrides: Partial<CustomerOrderStats> = {}): CustomerOrderStats => ({
  status: CustomerStatus.Active,
  orderCount: 0,
  firstOrderDate: null,
  lastOrderDate: null,
  ordersRecent: 0,
  ordersPrevious: 0,
  revenueRecent: 0n,
  revenuePrevious: 0n,
  consecutiveQuarters: false,
  periodRevenue: 0n,
  revenueRank: null,
  revenueCustomers: 0,
  revenueBefore: 0n,
  revenueTotal: 0n,
  periodMargin: 0n,
  marginRank: null,
  marginCustomers: 0,
  ...overrides,
});

describe('value tier', () => {
  it('splits 100 ranked customers 1 / 4 / 15 / 80', () => {
    const tiers = Array.from({ length: 100 }, (_, i) => valueTier(i + 1, 100));
    const count = (t: ValueTier) => tiers.filter((x) => x === t).length;
    expect([count(ValueTier.Vip), count(ValueTier.Major), count(ValueTier.Ordinary), count(ValueTier.Small)]).toEqual([
      1, 4, 15, 80,
    ]);
  });

  it('gives a small customer base at least one VIP and rounds each tier boundary up', () => {
    expect(valueTier(1, 3)).toBe(ValueTier.Vip);
    expect(valueTier(2, 3)).toBe(ValueTier.Small);
    expect(valueTier(2, 120)).toBe(ValueTier.Vip); // top 1 % of 120 = 1.2 → 2
    expect(valueTier(6, 120)).toBe(ValueTier.Major);
    expect(valueTier(24, 120)).toBe(ValueTier.Ordinary);
    expect(valueTier(25, 120)).toBe(ValueTier.Small);
  });

  it('puts customers without revenue in the small tier', () => {
    expect(valueTier(null, 100)).toBe(ValueTier.Small);
    expect(valueTier(null, 0)).toBe(ValueTier.Small);
  });

  it('keeps tied customers in the same tier (they share a rank)', () => {
    expect(valueTier(2, 100)).toBe(ValueTier.Major);
  });
});

describe('ABC class', () => {
  it('is A while the revenue ranked ahead is under 80 %, B under 95 %, C after', () => {
    expect(abcClass(500n, 0n, 1000n)).toBe(AbcClass.A);
    expect(abcClass(100n, 790n, 1000n)).toBe(AbcClass.A); // crosses 80 %: still A
    expect(abcClass(100n, 800n, 1000n)).toBe(AbcClass.B);
    expect(abcClass(10n, 949n, 1000n)).toBe(AbcClass.B);
    expect(abcClass(10n, 950n, 1000n)).toBe(AbcClass.C);
  });

  it('makes one dominant customer A', () => {
    expect(abcClass(900n, 0n, 1000n)).toBe(AbcClass.A);
  });

  it('is C without revenue', () => {
    expect(abcClass(0n, 1000n, 1000n)).toBe(AbcClass.C);
    expect(abcClass(0n, 0n, 0n)).toBe(AbcClass.C);
  });
});

describe('value group', () => {
  // A customer with revenue in the period and a positive margin ranked `rank` of `of`.
  const ranked = (rank: number, of: number, overrides: Partial<CustomerOrderStats> = {}) =>
    stats({ periodRevenue: 1000n, periodMargin: 300n, marginRank: rank, marginCustomers: of, ...overrides });

  it('is BZ when sales in the period made no margin, or free goods cost money', () => {
    expect(valueGroup(stats({ periodRevenue: 1000n, periodMargin: -1n }))).toBe(ValueGroup.Bz);
    expect(valueGroup(stats({ periodRevenue: 1000n, periodMargin: 0n }))).toBe(ValueGroup.Bz);
    expect(valueGroup(stats({ periodRevenue: 0n, periodMargin: -500n }))).toBe(ValueGroup.Bz);
  });

  it('has no group without sales in the period', () => {
    expect(valueGroup(stats())).toBeNull();
    expect(valueGroup(stats({ revenueRecent: 0n, revenuePrevious: 500n, ordersPrevious: 2 }))).toBeNull();
  });

  it('is MVC for the top 20 % of positive margins, rounding up, ties sharing a rank', () => {
    const groups = Array.from({ length: 100 }, (_, i) => valueGroup(ranked(i + 1, 100)));
    expect(groups.filter((g) => g === ValueGroup.Mvc)).toHaveLength(20);
    expect(valueGroup(ranked(20, 100))).toBe(ValueGroup.Mvc);
    expect(valueGroup(ranked(21, 100))).toBeNull();
    expect(valueGroup(ranked(3, 11))).toBe(ValueGroup.Mvc); // 20 % of 11 = 2.2 → 3
    expect(valueGroup(ranked(4, 11))).toBeNull();
    expect(valueGroup(ranked(1, 1))).toBe(ValueGroup.Mvc); // any positive margin gives one MVC
  });

  it('keeps tied margins together: three tied at rank 19 of 100 are all MVC', () => {
    expect(valueGroup(ranked(19, 100))).toBe(ValueGroup.Mvc);
    expect(valueGroup(ranked(22, 100))).toBeNull(); // the next rank after the tie
  });

  it('prefers MVC over MGC and BZ over both', () => {
    const growing = { revenueRecent: 900n, revenuePrevious: 100n, ordersRecent: 3, ordersPrevious: 1 };
    expect(valueGroup(ranked(1, 10, growing))).toBe(ValueGroup.Mvc);
    expect(valueGroup(ranked(5, 10, growing))).toBe(ValueGroup.Mgc);
    expect(valueGroup(ranked(5, 10, { ...growing, periodMargin: 0n, marginRank: null }))).toBe(ValueGroup.Bz);
  });

  it('is MGC outside the MVC when revenue of the last 6 months grew by at least half', () => {
    const rest = (recent: bigint, previous: bigint, ordersRecent = 1) =>
      valueGroup(
        ranked(50, 100, { revenueRecent: recent, revenuePrevious: previous, ordersRecent, ordersPrevious: 1 }),
      );
    expect(rest(1500n, 1000n)).toBe(ValueGroup.Mgc);
    expect(rest(1499n, 1000n)).toBeNull();
    expect(rest(1000n, 1000n)).toBeNull();
    expect(rest(500n, 1000n)).toBeNull();
  });

  it('counts growth from nothing only after two recent orders, so a first purchase is not growth', () => {
    const fresh = (ordersRecent: number) => ({ revenueRecent: 800n, revenuePrevious: 0n, ordersRecent });
    expect(revenueGrowing(stats(fresh(1)))).toBe(false);
    expect(revenueGrowing(stats(fresh(2)))).toBe(true);
    expect(valueGroup(ranked(50, 100, fresh(1)))).toBeNull();
    expect(valueGroup(ranked(50, 100, fresh(2)))).toBe(ValueGroup.Mgc);
    expect(revenueGrowing(stats({ ordersRecent: 2 }))).toBe(false);
  });

  it('needs a positive margin to be MGC', () => {
    const growing = { revenueRecent: 900n, revenuePrevious: 100n, ordersRecent: 3, ordersPrevious: 1 };
    expect(valueGroup(stats({ ...growing, periodRevenue: 1000n, periodMargin: -10n }))).toBe(ValueGroup.Bz);
  });

  it('finds the top percent by rank, at least one of any non-empty set', () => {
    expect(inTopPercent(1, 3, 1)).toBe(true);
    expect(inTopPercent(2, 3, 20)).toBe(false);
    expect(inTopPercent(null, 3, 20)).toBe(false);
    expect(inTopPercent(1, 0, 20)).toBe(false);
  });
});

describe('stability', () => {
  it('is potential without orders, new after one, repeat after two', () => {
    expect(stability(stats())).toBe(Stability.Potential);
    expect(stability(stats({ orderCount: 1, firstOrderDate: '2026-06-01', lastOrderDate: '2026-06-01' }))).toBe(
      Stability.New,
    );
    expect(stability(stats({ orderCount: 2, firstOrderDate: '2026-01-01', lastOrderDate: '2026-06-01' }))).toBe(
      Stability.Repeat,
    );
  });

  it('is loyal with five orders over twelve months and one in the last six', () => {
    const loyal = stats({ orderCount: 5, firstOrderDate: '2025-05-01', lastOrderDate: '2026-05-01', ordersRecent: 2 });
    expect(stability(loyal)).toBe(Stability.Loyal);
    expect(stability({ ...loyal, firstOrderDate: '2025-05-02' })).toBe(Stability.Repeat); // 11 months
    expect(stability({ ...loyal, ordersRecent: 0 })).toBe(Stability.Repeat);
    expect(stability({ ...loyal, orderCount: 4 })).toBe(Stability.Repeat);
  });
});

describe('behaviour', () => {
  it('has no category without orders', () => {
    expect(behaviour(stats(), AS_OF)).toBeNull();
  });

  it('is lost after more than a year without orders', () => {
    const s = stats({ orderCount: 8, firstOrderDate: '2023-01-01', lastOrderDate: '2025-06-29' });
    expect(behaviour(s, AS_OF)).toBe(Behaviour.Lost);
  });

  it('is occasional for a single order older than 90 days', () => {
    const s = stats({ orderCount: 1, firstOrderDate: '2026-03-01', lastOrderDate: '2026-03-01' });
    expect(behaviour(s, AS_OF)).toBe(Behaviour.Occasional);
  });

  it('is newly acquired when the first order is within 90 days', () => {
    const s = stats({ orderCount: 3, firstOrderDate: '2026-04-15', lastOrderDate: '2026-06-01', ordersRecent: 3 });
    expect(behaviour(s, AS_OF)).toBe(Behaviour.NewlyAcquired);
  });

  it('is loyal when stability is loyal', () => {
    const s = stats({
      orderCount: 6,
      firstOrderDate: '2025-01-10',
      lastOrderDate: '2026-06-01',
      ordersRecent: 1,
      ordersPrevious: 5,
    });
    expect(behaviour(s, AS_OF)).toBe(Behaviour.Loyal);
  });

  it('is disloyal when orders in the last six months fell by more than half', () => {
    const s = stats({
      orderCount: 4,
      firstOrderDate: '2025-08-01',
      lastOrderDate: '2026-02-01',
      ordersRecent: 1,
      ordersPrevious: 3,
    });
    expect(behaviour(s, AS_OF)).toBe(Behaviour.Disloyal);
    expect(behaviour({ ...s, ordersRecent: 2, ordersPrevious: 4 }, AS_OF)).toBe(Behaviour.Loyal); // exactly half
  });

  it('is newly developed with two orders at most, loyal otherwise', () => {
    const two = stats({ orderCount: 2, firstOrderDate: '2026-01-01', lastOrderDate: '2026-05-01', ordersRecent: 2 });
    expect(behaviour(two, AS_OF)).toBe(Behaviour.NewlyDeveloped);
    expect(behaviour({ ...two, orderCount: 3, ordersRecent: 3 }, AS_OF)).toBe(Behaviour.Loyal);
  });
});

describe('lifecycle stage', () => {
  it('is terminated for a lost customer whatever the orders', () => {
    expect(
      lifecycleStage(stats({ status: CustomerStatus.Lost, orderCount: 3, lastOrderDate: '2026-06-01' }), AS_OF),
    ).toBe(LifecycleStage.Terminated);
  });

  it('is exploration without orders and formation after the first', () => {
    expect(lifecycleStage(stats(), AS_OF)).toBe(LifecycleStage.Exploration);
    const one = stats({ orderCount: 1, firstOrderDate: '2026-06-01', lastOrderDate: '2026-06-01', ordersRecent: 1 });
    expect(lifecycleStage(one, AS_OF)).toBe(LifecycleStage.Formation);
  });

  it('is stability with orders in two consecutive quarters', () => {
    const s = stats({
      orderCount: 2,
      firstOrderDate: '2026-03-20',
      lastOrderDate: '2026-04-10',
      ordersRecent: 2,
      consecutiveQuarters: true,
    });
    expect(lifecycleStage(s, AS_OF)).toBe(LifecycleStage.Stability);
  });

  it('is decline when frequency or revenue fell by more than half, or after a year without orders', () => {
    const base = stats({
      orderCount: 6,
      firstOrderDate: '2025-01-10',
      lastOrderDate: '2026-06-01',
      ordersRecent: 3,
      ordersPrevious: 3,
      revenueRecent: 1000n,
      revenuePrevious: 1000n,
      consecutiveQuarters: true,
    });
    expect(lifecycleStage(base, AS_OF)).toBe(LifecycleStage.Stability);
    expect(lifecycleStage({ ...base, ordersRecent: 1 }, AS_OF)).toBe(LifecycleStage.Decline);
    expect(lifecycleStage({ ...base, revenueRecent: 499n }, AS_OF)).toBe(LifecycleStage.Decline);
    expect(lifecycleStage({ ...base, lastOrderDate: '2025-06-01', ordersRecent: 0, ordersPrevious: 0 }, AS_OF)).toBe(
      LifecycleStage.Decline,
    );
  });

  it('needs some history before a fall counts as decline', () => {
    const one = stats({ orderCount: 1, firstOrderDate: '2025-10-01', lastOrderDate: '2025-10-01', ordersPrevious: 1 });
    expect(lifecycleStage(one, AS_OF)).toBe(LifecycleStage.Formation);
  });
});

describe('classify', () => {
  it('combines the rules for one customer', () => {
    const s = stats({
      orderCount: 2,
      firstOrderDate: '2026-01-05',
      lastOrderDate: '2026-04-05',
      ordersRecent: 2,
      revenueRecent: 5000n,
      consecutiveQuarters: true,
      periodRevenue: 5000n,
      revenueRank: 1,
      revenueCustomers: 10,
      revenueBefore: 0n,
      revenueTotal: 20000n,
      periodMargin: 1500n,
      marginRank: 3,
      marginCustomers: 10,
    });
    expect(classify(s, AS_OF)).toEqual({
      valueTier: ValueTier.Vip,
      abcClass: AbcClass.A,
      valueGroup: ValueGroup.Mgc,
      stability: Stability.Repeat,
      behaviour: Behaviour.NewlyDeveloped,
      lifecycleStage: LifecycleStage.Stability,
    });
  });

  it('adds calendar months, clamping to the end of the month', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2025-05-01', 12)).toBe('2026-05-01');
    expect(addMonths('2026-06-30', -6)).toBe('2025-12-30');
  });
});
