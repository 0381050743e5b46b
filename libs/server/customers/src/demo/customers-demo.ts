import { AuthUser, PermissionsService, Role, runAsSystem } from '@crm/server-core';
import { DataSource } from 'typeorm';
import { ContactsService } from '../contacts/contacts.service';
import { BuyingRole } from '../contacts/contact.entity';
import { CustomerKind } from '../customers/customer.enums';
import { CustomersService } from '../customers/customers.service';
import { InteractionsService } from '../interactions/interactions.service';
import { OrderWorkflowService } from '../orders/order-workflow.service';
import { OrdersService } from '../orders/orders.service';
import { PaymentsService } from '../payments/payments.service';
import { ProductCatalogService } from '../products/product-catalog.service';
import { ProductsService } from '../products/products.service';

export interface CustomersDemoServices {
  ds: DataSource;
  customers: CustomersService;
  contacts: ContactsService;
  interactions: InteractionsService;
  catalog: ProductCatalogService;
  products: ProductsService;
  orders: OrdersService;
  workflow: OrderWorkflowService;
  payments: PaymentsService;
  permissions: PermissionsService;
}

export interface DemoStaff {
  id: string;
  email: string;
  name?: string;
  roles: Role[];
}

const CITIES = ['上海', '北京', '广州', '深圳', '杭州', '南京', '苏州', '成都', '武汉', '天津', '青岛', '厦门'];
const WORDS = [
  '华信',
  '恒通',
  '瑞丰',
  '宏达',
  '金源',
  '众诚',
  '联创',
  '新锐',
  '博远',
  '永安',
  '天成',
  '嘉禾',
  '鼎盛',
  '远航',
];
const TRADES = ['贸易', '机械', '电子', '科技', '物流', '建材', '医疗器械', '食品', '化工', '纺织'];
const EN = ['Acme', 'Northwind', 'Bluebird', 'Summit', 'Harbor', 'Evergreen', 'Pioneer', 'Silverline', 'Keystone'];
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', '徐', '孙', '马', '朱'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '洋', '艳', '勇', '军', '杰', '娟', '涛', '明', '超'];
const REGIONS = ['east_china', 'north_china', 'south_china', 'central_china', 'southwest', 'northeast'];
const INDUSTRIES = ['manufacturing', 'retail', 'wholesale', 'it_software', 'healthcare', 'logistics', 'construction'];
const SOURCES = ['advertising', 'trade_show', 'referral', 'website', 'telemarketing', 'partner'];
// Where collected prospects come from: purchased lists and cold calls as well as warmer sources.
const PROSPECT_SOURCES = [...SOURCES, 'cold_visit', 'campaign', 'inbound', 'other'];
const METHODS = ['bank_transfer', 'alipay', 'wechat_pay', 'cheque', 'card'];
const TYPES = ['visit', 'call', 'email', 'meeting', 'chat'];
const ROLES = Object.values(BuyingRole);
const PRODUCTS = [
  ['PUMP', 'P-1001', 'Centrifugal pump', '1250.00', '820.00'],
  ['PUMP', 'P-1002', 'Submersible pump', '2180.00', '1460.00'],
  ['PUMP', 'P-1003', 'Booster pump set', '5600.00', '3900.00'],
  ['VALVE', 'V-2001', 'Gate valve DN50', '320.50', '190.00'],
  ['VALVE', 'V-2002', 'Butterfly valve DN100', '680.00', '410.00'],
  ['VALVE', 'V-2003', 'Check valve DN80', '455.00', '260.00'],
  ['CTRL', 'C-3001', 'Pressure controller', '960.00', '540.00'],
  ['CTRL', 'C-3002', 'Flow meter', '1780.00', '1100.00'],
  ['SERV', 'S-4001', 'Installation service (day)', '1500.00', '700.00'],
  ['SERV', 'S-4002', 'Annual maintenance contract', '8800.00', '4200.00'],
] as const;

// A small deterministic PRNG, so every installation gets the same believable company.
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;

// A few hundred customers with contacts, two years of orders with payments and deliveries, and
// interactions — through the services, so every rule, aggregate and timeline entry is real.
// Skipped when demo customers already exist.
export async function seedCustomersDemo(
  s: CustomersDemoServices,
  staff: DemoStaff[],
  options: { customers?: number; now?: Date; log?: (m: string) => void } = {},
): Promise<{ customers: number; orders: number; skipped: boolean }> {
  const log = options.log ?? (() => undefined);
  const [{ count }] = await s.ds.query(`SELECT count(*)::int AS count FROM customers WHERE code LIKE 'DEMO-%'`);
  if (count > 0) return { customers: 0, orders: 0, skipped: true };
  const reps = staff.filter((u) => u.roles.includes(Role.AccountManager));
  if (!reps.length) throw new Error('the customers demo needs account managers (run the identity demo first)');
  const asUser = (u: DemoStaff): AuthUser => ({
    id: u.id,
    email: u.email,
    name: u.name ?? u.email,
    roles: u.roles,
    permissions: s.permissions.forRoles(u.roles),
    departmentId: null,
    kind: 'user',
  });
  const random = rng(20261122);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const now = options.now ?? new Date();
  const day = (offset: number) => new Date(now.getTime() - offset * DAY);
  const total = options.customers ?? 300;

  return runAsSystem('seed', async () => {
    const productIds = await seedCatalog(s);
    let orders = 0;
    for (let i = 1; i <= total; i++) {
      const rep = reps[i % reps.length];
      const user = asUser(rep);
      const chinese = random() < 0.8;
      const name = chinese
        ? `${pick(CITIES)}${pick(WORDS)}${pick(TRADES)}有限公司`
        : `${pick(EN)} ${pick(['Trading', 'Industries', 'Supplies', 'Engineering'])} Ltd`;
      // Every fifth customer is a collected prospect (SPEC 1.7): no orders, data of varied
      // completeness, so the screening grades spread out.
      const prospect = i % 5 === 0;
      const fields = {
        code: `DEMO-${String(i).padStart(4, '0')}`,
        name: `${name} ${i}`,
        kind: random() < 0.85 ? CustomerKind.Enterprise : CustomerKind.Channel,
        region: pick(REGIONS),
        industry: pick(INDUSTRIES),
        source: pick(SOURCES),
        phone: `+86 ${130 + Math.floor(random() * 60)} ${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
        email: `info${i}@demo-customer.cn`,
        ownerId: rep.id,
        creditRating: 1 + Math.floor(random() * 5),
        satisfaction: 1 + Math.floor(random() * 5),
        tags: random() < 0.3 ? ['key-account'] : [],
      };
      const customer = await s.customers.createCustomer(
        prospect ? { ...fields, ...collectedProspect(i, random, pick) } : fields,
        user,
      );
      const contacts = prospect ? Math.floor(random() * 3) : 1 + Math.floor(random() * 3);
      for (let c = 0; c < contacts; c++) {
        await s.contacts.createContact(
          {
            customerId: customer.id,
            name: `${pick(SURNAMES)}${pick(GIVEN)}${random() < 0.5 ? pick(GIVEN) : ''}`,
            title: pick(['采购经理', '总经理', '技术总监', '财务经理', 'Procurement lead']),
            mobile: `1${30 + Math.floor(random() * 60)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
            email: `contact${c}.${i}@demo-customer.cn`,
            isPrimary: c === 0,
            buyingRole: pick(ROLES),
            preferences: random() < 0.3 ? pick(['prefers morning calls', '喜欢微信沟通', 'email only']) : null,
          },
          user,
        );
      }
      // Order history: most customers buy; some stop buying (churn candidates), some are new.
      const firstOrder = 30 + Math.floor(random() * 700);
      // Entered a few days to two months before its first order (a prospect: within the last year).
      const createdAgo = prospect ? 30 + Math.floor(random() * 330) : firstOrder + 3 + Math.floor(random() * 60);
      const cadence = 20 + Math.floor(random() * 120);
      const stopsAfter = random() < 0.2 ? Math.floor(random() * 400) + 200 : 0;
      for (let ago = firstOrder; !prospect && ago > stopsAfter && random() > 0.08; ago -= cadence) {
        orders += await seedOrder(s, user, customer.id, productIds, day(ago), ago, random);
        if (orders % 100 === 0) log(`  ${orders} orders…`);
      }
      const interactions = prospect ? Math.floor(random() * 3) : 1 + Math.floor(random() * 4);
      for (let k = 0; k < interactions; k++) {
        const at = day(Math.floor(random() * createdAgo));
        await s.interactions.createInteraction(
          {
            customerId: customer.id,
            occurredAt: at.toISOString(),
            type: pick(TYPES),
            summary: pick([
              'Followed up on the quote',
              '介绍新产品线',
              'Discussed delivery schedule',
              '回访满意度',
              'Annual review meeting',
            ]),
            outcome: pick(['Positive', 'Needs a revised quote', '客户考虑中', null as unknown as string]),
            staffId: rep.id,
          },
          user,
        );
      }
      await backdate(s.ds, customer.id, day(createdAgo));
      if (i % 50 === 0) log(`  ${i}/${total} customers`);
    }
    return { customers: total, orders, skipped: false };
  });
}

// The services stamp records with the seed's clock; the demo's history should read as if it happened
// over two years. Business dates (order date, paid, delivered, occurred) are real already; this moves
// the records' own timestamps and the lifecycle history to match them.
async function backdate(ds: DataSource, customerId: string, createdAt: Date): Promise<void> {
  await ds.transaction(async (m) => {
    await m.query(`UPDATE customers SET created_at = $2, updated_at = $2 WHERE id = $1`, [customerId, createdAt]);
    await m.query(`UPDATE contacts SET created_at = $2, updated_at = $2 WHERE customer_id = $1`, [
      customerId,
      createdAt,
    ]);
    await m.query(`UPDATE interactions SET created_at = occurred_at, updated_at = occurred_at WHERE customer_id = $1`, [
      customerId,
    ]);
    // Created in the morning of its order date, confirmed the next day, cancelled two days on,
    // completed two days after the later of delivery and the last payment.
    await m.query(
      `UPDATE orders o
       SET created_at = o.order_date + time '09:30',
           confirmed_at = CASE WHEN o.confirmed_at IS NOT NULL THEN o.order_date + interval '1 day 10 hours' END,
           cancelled_at = CASE WHEN o.cancelled_at IS NOT NULL THEN o.order_date + interval '2 days 15 hours' END,
           completed_at = CASE WHEN o.completed_at IS NOT NULL THEN
             greatest(o.delivered_at, (SELECT max(p.paid_at) FROM payments p WHERE p.order_id = o.id))
               + interval '2 days' END
       WHERE o.customer_id = $1`,
      [customerId],
    );
    await m.query(
      `UPDATE orders SET updated_at = coalesce(completed_at, cancelled_at, delivered_at, confirmed_at, created_at)
                   WHERE customer_id = $1`,
      [customerId],
    );
    await m.query(`UPDATE payments SET created_at = paid_at, updated_at = paid_at WHERE customer_id = $1`, [
      customerId,
    ]);
    await m.query(
      `UPDATE deliveries d SET created_at = d.delivered_at FROM orders o WHERE o.id = d.order_id AND o.customer_id = $1`,
      [customerId],
    );
    await m.query(
      `UPDATE customer_lifecycle_changes SET occurred_at = $2 WHERE customer_id = $1 AND reason_key = 'customer_created'`,
      [customerId, createdAt],
    );
    await m.query(
      `UPDATE customer_lifecycle_changes l SET occurred_at = o.confirmed_at
       FROM orders o
       WHERE l.customer_id = $1 AND l.reason_key = 'first_order_confirmed'
         AND o.customer_id = l.customer_id AND o.number = l.reason_params->>'number'`,
      [customerId],
    );
    // The history tab: the creation of the customer and of its orders, payments and contacts.
    await m.query(
      `UPDATE audit_log a SET created_at = $2 WHERE a.entity = 'customers' AND a.entity_id = $1 AND a.action = 'create'`,
      [customerId, createdAt],
    );
  });
}

// A prospect from a collected list: each detail is there or not, so some are worth pursuing and
// some are not.
function collectedProspect(i: number, random: () => number, pick: <T>(xs: readonly T[]) => T) {
  const has = (share: number) => random() < share;
  return {
    kind: has(0.2) ? CustomerKind.Consumer : CustomerKind.Enterprise,
    source: has(0.8) ? pick(PROSPECT_SOURCES) : null,
    phone: has(0.6) ? `+86 21 ${String(Math.floor(random() * 1e8)).padStart(8, '0')}` : null,
    email: has(0.5) ? `hello${i}@demo-prospect.cn` : null,
    address: has(0.3)
      ? `${pick(CITIES)}市${pick(['人民路', '中山路', '解放路', '建设路'])}${1 + Math.floor(random() * 300)}号`
      : null,
    website: has(0.25) ? `www.demo-prospect-${i}.cn` : null,
    creditRating: has(0.5) ? 1 + Math.floor(random() * 5) : null,
    satisfaction: null,
    tags: ['collected-list'],
  };
}

async function seedCatalog(s: CustomersDemoServices): Promise<string[]> {
  const lines = new Map<string, string>();
  const ids: string[] = [];
  for (const [lineCode, code, name, listPrice, cost] of PRODUCTS) {
    if (!lines.has(lineCode)) {
      const line = await s.catalog.createProductLine({
        code: lineCode,
        name: { PUMP: 'Pumps', VALVE: 'Valves', CTRL: 'Controls', SERV: 'Services' }[lineCode],
      });
      const category = await s.catalog.createProductCategory({
        lineId: line.id,
        code: `${lineCode}-STD`,
        name: `${line.name} (standard)`,
      });
      lines.set(lineCode, category.id);
    }
    const product = await s.products.createProduct({
      code,
      name,
      listPrice,
      cost,
      stockOnHand: 100_000,
      categoryId: lines.get(lineCode)!,
      unit: 'piece',
    });
    ids.push(product.id);
  }
  return ids;
}

// One order moved along the status machine according to its age; returns 1 when created.
async function seedOrder(
  s: CustomersDemoServices,
  user: AuthUser,
  customerId: string,
  productIds: string[],
  date: Date,
  ageDays: number,
  random: () => number,
): Promise<number> {
  const lines = Array.from({ length: 1 + Math.floor(random() * 3) }, () => ({
    productId: productIds[Math.floor(random() * productIds.length)],
    quantity: 1 + Math.floor(random() * 20),
    discount: random() < 0.3 ? [5, 10, 12.5][Math.floor(random() * 3)] : 0,
  }));
  const order = await s.orders.createOrder({ customerId, orderDate: date.toISOString().slice(0, 10), lines }, user);
  if (random() < 0.04) {
    await s.workflow.cancelOrder(order.id, { reason: 'Customer withdrew' }, user);
    return 1;
  }
  if (ageDays < 5 && random() < 0.5) return 1; // still a draft
  await s.workflow.confirmOrder(order.id, user);
  const paid = ageDays > 60 ? order.total : (Math.round(Number(order.total) * 30) / 100).toFixed(2);
  await s.payments.createPayment(
    {
      orderId: order.id,
      amount: paid,
      paidAt: new Date(date.getTime() + 10 * DAY).toISOString(),
      method: METHODS[Math.floor(random() * METHODS.length)],
    },
    user,
  );
  if (ageDays > 20) {
    await s.workflow.deliverOrder(order.id, { deliveredAt: new Date(date.getTime() + 7 * DAY).toISOString() }, user);
    if (ageDays > 60) await s.workflow.completeOrder(order.id, user);
  }
  return 1;
}

// Resolves the services from a running Nest application (the seed CLI's context).
export function customersDemoServices(app: {
  get<T>(type: abstract new (...args: never[]) => T): T;
}): CustomersDemoServices {
  return {
    ds: app.get(DataSource),
    customers: app.get(CustomersService),
    contacts: app.get(ContactsService),
    interactions: app.get(InteractionsService),
    catalog: app.get(ProductCatalogService),
    products: app.get(ProductsService),
    orders: app.get(OrdersService),
    workflow: app.get(OrderWorkflowService),
    payments: app.get(PaymentsService),
    permissions: app.get(PermissionsService),
  };
}
