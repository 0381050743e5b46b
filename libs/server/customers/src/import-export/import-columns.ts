import { english, Message, msg } from '@crm/server-core';

// The columns an import file may have, per entity. A header matches a column by its API field name
// (camelCase, the same as the JSON API and the export) or by one of its English/Chinese labels;
// case, spaces, "_", "-", "*" and brackets are ignored ("Credit rating", "credit_rating" and
// "信用度" all mean creditRating). Other columns are ignored and listed in the report.

// The customers lib's importable entities; each one's importer declares it (@Importable).
export const IMPORT_ENTITIES = ['customers', 'contacts', 'products', 'orders'] as const;
export type CustomersImportEntity = (typeof IMPORT_ENTITIES)[number];

// How a cell is turned into the value the API's DTO expects (see import-values.ts).
export type ValueType = 'text' | 'int' | 'number' | 'amount' | 'boolean' | 'list' | 'json' | 'date' | 'datetime';

export interface ImportColumn {
  field: string;
  type: ValueType;
  en: string;
  zh: string;
  aliases?: string[];
  // Needed on every row (creates and updates alike).
  required?: boolean;
  note?: string;
}

const col = (field: string, type: ValueType, en: string, zh: string, extra: Partial<ImportColumn> = {}) => ({
  field,
  type,
  en,
  zh,
  ...extra,
});

const OWNER = [
  col('ownerId', 'text', 'Owner ID', '负责人ID', { note: 'user id; or give ownerEmail' }),
  col('ownerEmail', 'text', 'Owner email', '负责人邮箱', { note: 'sign-in email of an active user' }),
];

export const IMPORT_COLUMNS: Record<CustomersImportEntity, ImportColumn[]> = {
  customers: [
    col('code', 'text', 'Code', '客户编号', {
      aliases: ['Customer code', '客户代码', '编号'],
      note: 'matches an existing customer; left empty, a code is generated (and a re-import cannot match the row)',
    }),
    col('name', 'text', 'Name', '客户名称', { aliases: ['Customer name', '名称', '客户'] }),
    col('kind', 'text', 'Kind', '客户类型', { note: 'consumer, enterprise, channel, internal, public_interest' }),
    col('industry', 'text', 'Industry', '行业', { note: 'industry dictionary key or label' }),
    col('region', 'text', 'Region', '地区', { aliases: ['区域'], note: 'region dictionary key or label' }),
    col('source', 'text', 'Source', '客户来源', { aliases: ['来源'], note: 'customer_source dictionary key or label' }),
    col('address', 'text', 'Address', '地址'),
    col('phone', 'text', 'Phone', '电话', { aliases: ['Telephone', '联系电话'] }),
    col('email', 'text', 'Email', '邮箱', { aliases: ['E-mail', '电子邮件', '电子邮箱'] }),
    col('website', 'text', 'Website', '网站', { aliases: ['网址'] }),
    ...OWNER,
    col('creditRating', 'int', 'Credit rating', '信用度', { note: '1–5' }),
    col('satisfaction', 'int', 'Satisfaction', '满意度', { note: '1–5' }),
    col('status', 'text', 'Status', '状态', { note: 'prospect, active, inactive, lost' }),
    col('tags', 'list', 'Tags', '标签', { note: 'separated by , or ; (or a JSON array)' }),
    col('customFields', 'json', 'Custom fields', '自定义字段', { note: 'a JSON object' }),
    col('valueTier', 'text', 'Value tier', '客户等级', { note: 'vip, major, ordinary, small' }),
    col('abcClass', 'text', 'ABC class', 'ABC分类', { note: 'A, B, C' }),
    col('valueGroup', 'text', 'Value group', '价值分组', { note: 'mvc, mgc, bz' }),
    col('stability', 'text', 'Stability', '稳定性', { note: 'potential, new, repeat, loyal' }),
    col('behaviour', 'text', 'Behaviour', '行为类别'),
    col('screeningGrade', 'text', 'Screening grade', '甄别等级', { note: 'a, b, c, eliminate (set by hand)' }),
    col('consumptionTrait', 'text', 'Consumption trait', '消费特征'),
    col('socialStyle', 'text', 'Social style', '社交风格'),
    col('relationshipLevel', 'text', 'Relationship level', '关系层次'),
    col('lifecycleStage', 'text', 'Lifecycle stage', '生命周期阶段'),
  ],
  contacts: [
    col('customerCode', 'text', 'Customer code', '客户编号', { required: true, aliases: ['客户代码'] }),
    col('name', 'text', 'Name', '姓名', { aliases: ['Contact name', '联系人', '联系人姓名'] }),
    col('gender', 'text', 'Gender', '性别', { note: 'male, female, other (男, 女)' }),
    col('title', 'text', 'Title', '职务', { aliases: ['Job title', '职位'] }),
    col('mobile', 'text', 'Mobile', '手机', { aliases: ['手机号'] }),
    col('phone', 'text', 'Phone', '电话'),
    col('email', 'text', 'Email', '邮箱', {
      aliases: ['E-mail', '电子邮件'],
      note: 'matches an existing contact of the customer',
    }),
    col('isPrimary', 'boolean', 'Primary contact', '主联系人', { note: 'true/false, yes/no, 是/否' }),
    col('buyingRole', 'text', 'Buying role', '购买角色', {
      note: 'user, influencer, decider, approver, buyer, gatekeeper',
    }),
    col('preferences', 'text', 'Preferences', '个人偏好'),
    col('notes', 'text', 'Notes', '备注'),
  ],
  products: [
    col('code', 'text', 'Code', '产品编号', { required: true, aliases: ['Product code', '产品代码'] }),
    col('name', 'text', 'Name', '产品名称', { aliases: ['Product name'] }),
    col('model', 'text', 'Model', '型号'),
    col('unit', 'text', 'Unit', '单位'),
    col('categoryId', 'text', 'Category ID', '类别ID'),
    col('listPrice', 'amount', 'List price', '标价', { aliases: ['Price', '价格'] }),
    col('cost', 'amount', 'Cost', '成本'),
    col('stockOnHand', 'int', 'Stock on hand', '库存', { aliases: ['Stock'] }),
    col('status', 'text', 'Status', '状态', { note: 'active, discontinued' }),
    col('description', 'text', 'Description', '描述', { aliases: ['说明'] }),
  ],
  // One row per order line; the rows of an order are consecutive and share its number. Order fields
  // are read from the order's first row (later rows may leave them empty).
  orders: [
    col('number', 'text', 'Order number', '订单号', { required: true, aliases: ['Number', '订单编号', '合同号'] }),
    col('customerCode', 'text', 'Customer code', '客户编号', { aliases: ['客户代码'] }),
    col('orderDate', 'date', 'Order date', '订单日期', { aliases: ['下单日期'] }),
    col('currency', 'text', 'Currency', '币种'),
    ...OWNER,
    col('terms', 'text', 'Terms', '主要条款'),
    col('startDate', 'date', 'Start date', '开始日期'),
    col('endDate', 'date', 'End date', '结束日期'),
    col('signedBy', 'text', 'Signed by', '签约人'),
    col('signedAt', 'datetime', 'Signed at', '签约时间'),
    col('notes', 'text', 'Notes', '备注'),
    col('productCode', 'text', 'Product code', '产品编号', { required: true, aliases: ['产品代码'] }),
    col('quantity', 'int', 'Quantity', '数量'),
    col('unitPrice', 'amount', 'Unit price', '单价'),
    col('discount', 'number', 'Discount %', '折扣', { note: 'percent, 0–100' }),
  ],
};

export const normaliseHeader = (header: string) =>
  header
    .replace(/^\uFEFF/, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_\-*.:：()（）%]/g, '');

export interface HeaderMapping {
  // Column index in the file → the column it holds.
  columns: Map<number, ImportColumn>;
  ignored: string[];
}

// The header row is unusable; the message is also the import's answer (400) or report.
export class HeaderError extends Error {
  constructor(readonly text: Message) {
    super(english(text));
  }
}

// Maps a header row onto an entity's columns. Two headers for the same field, or a required
// column missing, make the file unusable.
export function mapHeader(entity: string, entityColumns: ImportColumn[], header: string[]): HeaderMapping {
  const byName = new Map<string, ImportColumn>();
  for (const c of entityColumns) {
    for (const name of [c.field, c.en, c.zh, ...(c.aliases ?? [])]) byName.set(normaliseHeader(name), c);
  }
  const columns = new Map<number, ImportColumn>();
  const seen = new Map<string, string>();
  const ignored: string[] = [];
  header.forEach((raw, index) => {
    const text = String(raw ?? '').trim();
    if (!text) return;
    const column = byName.get(normaliseHeader(text));
    if (!column) return ignored.push(text);
    const previous = seen.get(column.field);
    if (previous)
      throw new HeaderError(msg('import.duplicate_columns', { first: previous, second: text, column: column.field }));
    seen.set(column.field, text);
    columns.set(index, column);
  });
  if (!columns.size)
    throw new HeaderError(
      msg('import.no_known_columns', {
        examples: entityColumns
          .slice(0, 3)
          .map((c) => c.field)
          .join(', '),
        entity,
      }),
    );
  const missing = entityColumns.filter((c) => c.required && !seen.has(c.field)).map((c) => c.field);
  if (missing.length) throw new HeaderError(msg('import.missing_columns', { columns: missing.join(', ') }));
  return { columns, ignored };
}
