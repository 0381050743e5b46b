// Normalised keys that make likely duplicates compare equal. They are stored on the customer
// (name_key, phone_key, email_key) so duplicate detection is a grouped, indexed query.

// Trailing words that name a legal form rather than the business ("Acme Co., Ltd." is "Acme").
const LEGAL_SUFFIX_WORDS = new Set([
  'ltd',
  'limited',
  'inc',
  'incorporated',
  'corp',
  'corporation',
  'co',
  'company',
  'llc',
  'llp',
  'lp',
  'plc',
  'gmbh',
  'ag',
  'sa',
  'sarl',
  'srl',
  'bv',
  'nv',
  'pty',
  'pte',
  'kk',
  'oy',
  'ab',
  'group',
  'holdings',
]);

// Chinese legal forms, longest first so 股份有限公司 goes before 有限公司.
const CJK_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '集团公司',
  '分公司',
  '总公司',
  '公司',
  '集团',
  '商行',
  '工作室',
];

const PUNCTUATION = /[\p{P}\p{S}]+/gu;
const SPACE = /\s+/u;

export function nameKey(name: string | null | undefined): string | null {
  if (!name) return null;
  const words = name.normalize('NFKC').toLowerCase().replace(PUNCTUATION, ' ').trim().split(SPACE).filter(Boolean);
  // Keep at least one word: a company called "Company" is still a name.
  while (words.length > 1 && LEGAL_SUFFIX_WORDS.has(words[words.length - 1])) words.pop();
  let key = words.join('');
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const suffix of CJK_SUFFIXES) {
      if (key.endsWith(suffix) && key.length > suffix.length) {
        key = key.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return key || null;
}

export function phoneDigits(phone: string | null | undefined): string | null {
  const digits = (phone ?? '').normalize('NFKC').replace(/\D/g, '');
  return digits || null;
}

// The last 8 digits: "+86 138-1234-5678", "0086 13812345678" and "13812345678" match. Shorter
// numbers (extensions, typos) are too ambiguous to match on.
export const PHONE_KEY_DIGITS = 8;

export function phoneKey(phone: string | null | undefined): string | null {
  const digits = phoneDigits(phone);
  return digits && digits.length >= PHONE_KEY_DIGITS ? digits.slice(-PHONE_KEY_DIGITS) : null;
}

export function emailKey(email: string | null | undefined): string | null {
  const key = (email ?? '').normalize('NFKC').trim().toLowerCase();
  return key || null;
}
