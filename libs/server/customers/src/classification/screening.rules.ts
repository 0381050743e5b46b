import { BuyingRole } from '../contacts/contact.entity';
import { CustomerKind, CustomerStatus, ScreeningGrade } from '../customers/customer.enums';
import { daysBetween } from './classification.rules';

// Screening of collected prospects (数据甄别, SPEC 1.7; ADR 20): a fit score that is the plain sum
// of the points below, capped at 100, and a grade from it. Only prospects are screened.

// What the score looks at, for one customer; the job reads it in SQL (classification.repository.ts).
export interface ScreeningFacts {
  status: CustomerStatus;
  kind: CustomerKind;
  source: string | null; // customer_source dictionary key
  // Filled in (not blank).
  hasPhone: boolean;
  hasEmail: boolean;
  hasAddress: boolean;
  hasWebsite: boolean;
  creditRating: number | null; // 1–5
  contactCount: number;
  primaryBuyingRole: BuyingRole | null; // of the primary contact
  lastInteractionDate: string | null; // yyyy-mm-dd, the latest up to asOf
}

export interface Screening {
  fitScore: number | null;
  screeningGrade: ScreeningGrade | null;
}

// Every weight and threshold in one place, so a settings screen can later supply its own.
export interface ScreeningSettings {
  reach: { phone: number; email: number; address: number; website: number };
  hasContact: number;
  // A primary contact who decides or buys.
  decisionMaker: { points: number; roles: readonly BuyingRole[] };
  // By customer_source dictionary key; keys not listed (e.g. "other", entries admins add) get
  // `unknown`, no source at all gets `none`.
  source: { points: Readonly<Record<string, number>>; unknown: number; none: number };
  kind: Readonly<Record<CustomerKind, number>>;
  perCreditPoint: number;
  recentInteraction: { points: number; days: number };
  max: number;
  // Lowest score of each grade, best first; below the last one: eliminate.
  grades: ReadonlyArray<readonly [ScreeningGrade, number]>;
}

export const SCREENING_SETTINGS: ScreeningSettings = {
  reach: { phone: 15, email: 15, address: 5, website: 5 },
  hasContact: 10,
  decisionMaker: { points: 10, roles: [BuyingRole.Decider, BuyingRole.Buyer] },
  source: {
    points: {
      // Someone vouched for them.
      referral: 15,
      partner: 15,
      // They showed interest themselves.
      inbound: 10,
      trade_show: 10,
      website: 10,
      campaign: 10,
      social_media: 10,
      advertising: 10,
      // Cold lists.
      telemarketing: 0,
      cold_visit: 0,
    },
    unknown: 5,
    none: 0,
  },
  kind: {
    [CustomerKind.Enterprise]: 10,
    [CustomerKind.Channel]: 10,
    [CustomerKind.PublicInterest]: 5,
    [CustomerKind.Consumer]: 5,
    [CustomerKind.Internal]: 0,
  },
  perCreditPoint: 3,
  recentInteraction: { points: 5, days: 90 },
  max: 100,
  grades: [
    [ScreeningGrade.A, 70],
    [ScreeningGrade.B, 45],
    [ScreeningGrade.C, 25],
  ],
};

const present = (v: string | null | undefined) => !!v && v.trim() !== '';

// The facts a customer record holds itself; contacts and interactions come from SQL.
export const recordFacts = (c: {
  status: CustomerStatus;
  kind: CustomerKind;
  source: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  website: string | null;
  creditRating: number | null;
}) => ({
  status: c.status,
  kind: c.kind,
  source: c.source,
  hasPhone: present(c.phone),
  hasEmail: present(c.email),
  hasAddress: present(c.address),
  hasWebsite: present(c.website),
  creditRating: c.creditRating,
});

// The points each criterion gives, so the score can be explained.
export function fitScoreParts(f: ScreeningFacts, asOf: string, s: ScreeningSettings = SCREENING_SETTINGS) {
  const source = f.source === null ? s.source.none : (s.source.points[f.source] ?? s.source.unknown);
  const recent =
    f.lastInteractionDate !== null &&
    f.lastInteractionDate <= asOf &&
    daysBetween(f.lastInteractionDate, asOf) <= s.recentInteraction.days;
  return {
    phone: f.hasPhone ? s.reach.phone : 0,
    email: f.hasEmail ? s.reach.email : 0,
    address: f.hasAddress ? s.reach.address : 0,
    website: f.hasWebsite ? s.reach.website : 0,
    contact: f.contactCount > 0 ? s.hasContact : 0,
    decisionMaker:
      f.primaryBuyingRole && s.decisionMaker.roles.includes(f.primaryBuyingRole) ? s.decisionMaker.points : 0,
    source,
    kind: s.kind[f.kind] ?? 0,
    credit: (f.creditRating ?? 0) * s.perCreditPoint,
    recentInteraction: recent ? s.recentInteraction.points : 0,
  };
}

// The sum of the parts, capped; null for customers that are not prospects.
export function fitScore(f: ScreeningFacts, asOf: string, s: ScreeningSettings = SCREENING_SETTINGS): number | null {
  if (f.status !== CustomerStatus.Prospect) return null;
  const sum = Object.values(fitScoreParts(f, asOf, s)).reduce((a, b) => a + b, 0);
  return Math.max(0, Math.min(s.max, sum));
}

export function screeningGrade(score: number | null, s: ScreeningSettings = SCREENING_SETTINGS): ScreeningGrade | null {
  if (score === null) return null;
  for (const [grade, min] of s.grades) if (score >= min) return grade;
  return ScreeningGrade.Eliminate;
}

export function screen(f: ScreeningFacts, asOf: string, s: ScreeningSettings = SCREENING_SETTINGS): Screening {
  const score = fitScore(f, asOf, s);
  return { fitScore: score, screeningGrade: screeningGrade(score, s) };
}
