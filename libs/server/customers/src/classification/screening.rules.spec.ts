import { BuyingRole } from '../contacts/contact.entity';
import { CustomerKind, CustomerStatus, ScreeningGrade } from '../customers/customer.enums';
import {
  fitScore,
  fitScoreParts,
  recordFacts,
  screen,
  SCREENING_SETTINGS,
  ScreeningFacts,
  screeningGrade,
} from './screening.rules';

const AS_OF = '2026-06-30';

const bare = (overrides: Partial<ScreeningFacts> = {}): ScreeningFacts => ({
  status: CustomerStatus.Prospect,
  kind: CustomerKind.Enterprise,
  source: null,
  hasPhone: false,
  hasEmail: false,
  hasAddress: false,
  hasWebsite: false,
  creditRating: null,
  contactCount: 0,
  primaryBuyingRole: null,
  lastInteractionDate: null,
  ...overrides,
});

const complete = (overrides: Partial<ScreeningFacts> = {}) =>
  bare({
    source: 'referral',
    hasPhone: true,
    hasEmail: true,
    hasAddress: true,
    hasWebsite: true,
    creditRating: 5,
    contactCount: 2,
    primaryBuyingRole: BuyingRole.Decider,
    lastInteractionDate: '2026-06-01',
    ...overrides,
  });

describe('fit score', () => {
  it('adds up the documented points of a complete prospect and caps the sum at 100', () => {
    expect(fitScoreParts(complete(), AS_OF)).toEqual({
      phone: 15,
      email: 15,
      address: 5,
      website: 5,
      contact: 10,
      decisionMaker: 10,
      source: 15,
      kind: 10,
      credit: 15,
      recentInteraction: 5,
    });
    expect(fitScore(complete(), AS_OF)).toBe(100); // 105 capped
  });

  it('gives a bare enterprise prospect only its kind', () => {
    expect(fitScore(bare(), AS_OF)).toBe(10);
    expect(fitScore(bare({ kind: CustomerKind.Consumer }), AS_OF)).toBe(5);
    expect(fitScore(bare({ kind: CustomerKind.Internal }), AS_OF)).toBe(0);
  });

  it('scores no customer but prospects', () => {
    for (const status of [CustomerStatus.Active, CustomerStatus.Inactive, CustomerStatus.Lost])
      expect(screen(complete({ status }), AS_OF)).toEqual({ fitScore: null, screeningGrade: null });
  });

  it('rates sources by how warm they are, unknown keys in between', () => {
    const source = (key: string | null) => fitScoreParts(bare({ source: key }), AS_OF).source;
    expect([source('referral'), source('partner')]).toEqual([15, 15]);
    expect([source('trade_show'), source('website'), source('inbound'), source('campaign')]).toEqual([10, 10, 10, 10]);
    expect([source('telemarketing'), source('cold_visit')]).toEqual([0, 0]);
    expect([source('other'), source('added_by_admin'), source(null)]).toEqual([5, 5, 0]);
  });

  it('counts only a primary contact who decides or buys, and blank text as missing', () => {
    const parts = (f: Partial<ScreeningFacts>) => fitScoreParts(bare(f), AS_OF);
    expect(parts({ contactCount: 1, primaryBuyingRole: BuyingRole.Buyer })).toMatchObject({
      contact: 10,
      decisionMaker: 10,
    });
    expect(parts({ contactCount: 1, primaryBuyingRole: BuyingRole.Gatekeeper }).decisionMaker).toBe(0);
    const facts = recordFacts({
      status: CustomerStatus.Prospect,
      kind: CustomerKind.Enterprise,
      source: null,
      phone: '  ',
      email: '',
      address: null,
      website: 'example.cn',
      creditRating: null,
    });
    expect(facts).toMatchObject({ hasPhone: false, hasEmail: false, hasAddress: false, hasWebsite: true });
  });

  it('counts an interaction within the last 90 days up to the as-of date', () => {
    const recent = (date: string) => fitScoreParts(bare({ lastInteractionDate: date }), AS_OF).recentInteraction;
    expect(recent('2026-04-01')).toBe(5); // 90 days before
    expect(recent('2026-03-31')).toBe(0);
    expect(recent('2026-07-01')).toBe(0); // after asOf
  });

  it('follows other settings passed in', () => {
    const settings = { ...SCREENING_SETTINGS, reach: { phone: 50, email: 0, address: 0, website: 0 } };
    expect(fitScore(bare({ hasPhone: true }), AS_OF, settings)).toBe(60);
  });
});

describe('screening grade', () => {
  it('grades A from 70, B from 45, C from 25, else eliminate', () => {
    expect([100, 70, 69, 45, 44, 25, 24, 0].map((s) => screeningGrade(s))).toEqual([
      ScreeningGrade.A,
      ScreeningGrade.A,
      ScreeningGrade.B,
      ScreeningGrade.B,
      ScreeningGrade.C,
      ScreeningGrade.C,
      ScreeningGrade.Eliminate,
      ScreeningGrade.Eliminate,
    ]);
    expect(screeningGrade(null)).toBeNull();
  });

  it('makes a complete prospect A and a bare one eliminate', () => {
    expect(screen(complete(), AS_OF)).toEqual({ fitScore: 100, screeningGrade: ScreeningGrade.A });
    expect(screen(bare(), AS_OF)).toEqual({ fitScore: 10, screeningGrade: ScreeningGrade.Eliminate });
    // Reachable by phone and email from a trade show, nothing else: 15 + 15 + 10 + 10 = 50.
    expect(screen(bare({ hasPhone: true, hasEmail: true, source: 'trade_show' }), AS_OF)).toEqual({
      fitScore: 50,
      screeningGrade: ScreeningGrade.B,
    });
  });
});
