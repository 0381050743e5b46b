import { randomBytes } from 'node:crypto';
import { DataSource, DeepPartial } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { formatCustomerCode } from '../customers/customer-code';
import { Customer } from '../customers/customer.entity';
import { Interaction } from '../interactions/interaction.entity';
// products/orders/payments factories
import { toCents, formatCents } from '../orders/money';
import { refreshCustomerOrderStats, sumPayments } from '../orders/order-aggregates';
import { OrderLine } from '../orders/order-line.entity';
import { orderNumbers } from '../orders/order-number';
import { orderAmounts } from '../orders/order-totals';
import { DeliveryStatus, Order, OrderStatus } from '../orders/order.entity';
import { Payment } from '../payments/payment.entity';
import { Product } from '../products/product.entity';

const unique = () => randomBytes(4).toString('hex');

// Enum-typed fields also take their string values, so specs can write { valueTier: 'vip' }.
type Literal<V> = V extends string ? V | `${V}` : V extends Array<infer E> ? Array<Literal<E>> : V;
export type Overrides<T> = { [K in keyof T]?: Literal<T[K]> };

// Rows written straight through the repositories (no API call, no rules); the returned record is
// re-read so defaults are filled in. Codes come from the same sequence as the API's.
export async function createCustomer(ds: DataSource, overrides: Overrides<Customer> = {}): Promise<Customer> {
  const repo = ds.getRepository(Customer);
  const code = overrides.code ?? formatCustomerCode((await ds.query(`SELECT nextval('customer_code_seq') AS n`))[0].n);
  const saved = await repo.save(
    repo.create({ name: `Customer ${unique()}`, ...overrides, code } as DeepPartial<Customer>),
  );
  return repo.findOneOrFail({ where: { id: saved.id }, withDeleted: true });
}

export async function createContact(ds: DataSource, overrides: Overrides<Contact> = {}): Promise<Contact> {
  const repo = ds.getRepository(Contact);
  const customerId = overrides.customerId ?? (await createCustomer(ds)).id;
  const saved = await repo.save(
    repo.create({ name: `Contact ${unique()}`, ...overrides, customerId } as DeepPartial<Contact>),
  );
  return repo.findOneByOrFail({ id: saved.id });
}

export async function createInteraction(ds: DataSource, overrides: Overrides<Interaction> = {}): Promise<Interaction> {
  const repo = ds.getRepository(Interaction);
  const customerId = overrides.customerId ?? (await createCustomer(ds)).id;
  const saved = await repo.save(
    repo.create({
      type: 'call',
      summary: `Interaction ${unique()}`,
      occurredAt: new Date(),
      ...overrides,
      customerId,
    } as DeepPartial<Interaction>),
  );
  return repo.findOneByOrFail({ id: saved.id });
}

// --- products, orders, payments -----------------------------------------------------------------

export async function createProduct(ds: DataSource, overrides: DeepPartial<Product> = {}): Promise<Product> {
  const repo = ds.getRepository(Product);
  const saved = await repo.save(
    repo.create({
      code: `P-${unique()}`,
      name: `Product ${unique()}`,
      listPrice: '100.00',
      stockOnHand: 100,
      ...overrides,
    } as DeepPartial<Product>),
  );
  return repo.findOneByOrFail({ id: saved.id });
}

export interface OrderFactoryLine {
  productId?: string;
  quantity?: number;
  unitPrice?: string;
  discount?: number;
}

// An order with computed totals, in any status (timestamps of the steps passed are set; a
// completed order gets one payment for its total). The customer's order aggregates are refreshed.
export async function createOrder(
  ds: DataSource,
  options: Omit<DeepPartial<Order>, 'status'> & {
    customerId?: string;
    lines?: OrderFactoryLine[];
    status?: OrderStatus | `${OrderStatus}`;
  } = {},
): Promise<Order & { lines: OrderLine[] }> {
  const { lines: lineInputs = [{}], status = OrderStatus.Draft, ...overrides } = options;
  return ds.transaction(async (m) => {
    const customer = options.customerId
      ? await m.findOneByOrFail(Customer, { id: options.customerId })
      : await createCustomer(ds);
    const priced = [];
    for (const input of lineInputs) {
      const product = input.productId
        ? await m.findOneByOrFail(Product, { id: input.productId })
        : await createProduct(ds);
      priced.push({
        product,
        quantity: input.quantity ?? 1,
        unitPrice: input.unitPrice ?? product.listPrice,
        discount: input.discount ?? 0,
      });
    }
    const amounts = orderAmounts(priced);
    const orderDate = (overrides.orderDate as string | undefined) ?? new Date().toISOString().slice(0, 10);
    const now = new Date();
    const reached = (s: OrderStatus) => {
      const path = [OrderStatus.Confirmed, OrderStatus.Delivered, OrderStatus.Completed];
      return path.indexOf(status as OrderStatus) >= path.indexOf(s);
    };
    const order = await m.save(
      m.create(Order, {
        number: await orderNumbers.next(m, { orderDate }),
        ownerId: customer.ownerId,
        currency: 'CNY',
        paidAmount: '0',
        subtotal: amounts.subtotal,
        discountTotal: amounts.discountTotal,
        total: amounts.total,
        status: status as OrderStatus,
        confirmedAt: reached(OrderStatus.Confirmed) ? now : null,
        deliveredAt: reached(OrderStatus.Delivered) ? now : null,
        deliveryStatus: reached(OrderStatus.Delivered) ? DeliveryStatus.Delivered : DeliveryStatus.Pending,
        completedAt: status === OrderStatus.Completed ? now : null,
        cancelledAt: status === OrderStatus.Cancelled ? now : null,
        ...overrides,
        orderDate,
        customerId: customer.id,
      } as DeepPartial<Order>),
    );
    const lines = await m.save(
      priced.map((l, i) =>
        m.create(OrderLine, {
          orderId: order.id,
          position: i + 1,
          productId: l.product.id,
          productName: l.product.name,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
          discount: String(l.discount),
          lineTotal: amounts.lines[i].lineTotal,
        }),
      ),
    );
    if (status === OrderStatus.Completed && toCents(amounts.total) > 0n) {
      await m.save(
        m.create(Payment, {
          orderId: order.id,
          customerId: customer.id,
          amount: amounts.total,
          paidAt: now,
          method: 'bank_transfer',
        }),
      );
      await m.update(Order, { id: order.id }, { paidAmount: amounts.total });
    }
    await refreshCustomerOrderStats(m, customer.id);
    return Object.assign(await m.findOneByOrFail(Order, { id: order.id }), { lines });
  });
}

// A payment on an order (by default a new confirmed one), for its whole outstanding amount unless
// `amount` is given; the order's paidAmount is refreshed. No rules are checked.
export async function createPayment(
  ds: DataSource,
  overrides: DeepPartial<Payment> & { orderId?: string } = {},
): Promise<Payment> {
  const orderId = overrides.orderId ?? (await createOrder(ds, { status: OrderStatus.Confirmed })).id;
  return ds.transaction(async (m) => {
    const order = await m.findOneByOrFail(Order, { id: orderId });
    const outstanding = formatCents(toCents(order.total) - toCents(order.paidAmount));
    const saved = await m.save(
      m.create(Payment, {
        amount: outstanding,
        paidAt: new Date(),
        method: 'bank_transfer',
        ...overrides,
        orderId,
        customerId: order.customerId,
      } as DeepPartial<Payment>),
    );
    await m.update(Order, { id: orderId }, { paidAmount: await sumPayments(m, orderId) });
    return m.findOneByOrFail(Payment, { id: saved.id });
  });
}
