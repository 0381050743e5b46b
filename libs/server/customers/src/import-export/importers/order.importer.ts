import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CreateOrderDto, UpdateOrderDto } from '../../orders/dto/order-inputs.dto';
import { OrdersService } from '../../orders/orders.service';
import { IMPORT_COLUMNS } from '../import-columns';
import { Importable } from '../import-export.registry';
import {
  applyOwnerEmail,
  BatchOutcome,
  distinct,
  ImportContext,
  ImportRow,
  inLanes,
  isVisibleTo,
  reject,
  resolveOwnerEmails,
  RowFieldError,
  RowImporter,
  RowRejected,
  textValue,
  validateDto,
} from './importer';

// Order fields, read from the first row of an order; later rows may repeat them or leave them empty.
const ORDER_FIELDS = [
  'customerCode',
  'orderDate',
  'currency',
  'ownerId',
  'ownerEmail',
  'terms',
  'startDate',
  'endDate',
  'signedBy',
  'signedAt',
  'notes',
];
const LINE_FIELD = /^lines\[(\d+)\]\.(\w+)$/;

interface KnownOrder {
  id: string;
  version: number;
  customerId: string;
  orderDate: string;
  currency: string;
  ownerId: string | null;
  customerDeleted: boolean;
  lines: Array<{ productId: string; quantity: number; unitPrice: string; discount: string }>;
}

interface LineInput {
  productId: string;
  quantity?: unknown;
  unitPrice?: unknown;
  discount?: unknown;
}

// One row per order line; consecutive rows with the same order number are one order, matched on
// its number. A draft's lines are replaced; the lines of a confirmed order cannot change (the
// service refuses), so unchanged lines, customer, date and currency are not sent at all and
// re-importing the same file also works for confirmed orders.
@Injectable()
@Importable({
  name: 'orders',
  label: 'records.orders',
  columns: IMPORT_COLUMNS.orders,
  permission: 'imports.run',
})
export class OrderImporter implements RowImporter {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(OrdersService) private readonly orders: OrdersService,
  ) {}

  groupKey(row: ImportRow): string | undefined {
    return textValue(row.values.number);
  }

  async importBatch(records: ImportRow[][], ctx: ImportContext, outcome: BatchOutcome): Promise<void> {
    const all = records.flat();
    const customers = await this.customersByCode(distinct(all.map((r) => textValue(r.values.customerCode))));
    const products = await this.productsByCode(distinct(all.map((r) => textValue(r.values.productCode))));
    const owners = await resolveOwnerEmails(
      this.ds,
      records.map((r) => r[0]),
    );
    const known = await this.ordersByNumber(distinct(records.map((r) => textValue(r[0].values.number))));

    // One lane per customer, so two orders never change the same customer at once.
    await inLanes(
      records,
      (g) => textValue(g[0].values.customerCode) ?? textValue(g[0].values.number),
      async (group) => {
        const first = group[0];
        // Errors about lines[i] belong to the i-th row of the order.
        const locate = (e: RowFieldError) => {
          const m = e.field ? LINE_FIELD.exec(e.field) : null;
          if (!m) return { row: first.row, field: e.field === 'customerId' ? 'customerCode' : e.field };
          return { row: group[Number(m[1])]?.row ?? first.row, field: m[2] === 'productId' ? 'productCode' : m[2] };
        };
        const errorsBefore = outcome.errors.length;
        const ok = await outcome.run(
          first.row,
          () => this.importOrder(group, ctx, { customers, products, owners, known }),
          locate,
        );
        if (ok) return;
        const reported = new Set(outcome.errors.slice(errorsBefore).map((e) => e.row));
        const number = textValue(first.values.number);
        for (const r of group) {
          if (!reported.has(r.row))
            outcome.errors.push({
              row: r.row,
              field: 'number',
              message: `order ${number} was not imported because of the errors on its other rows`,
            });
        }
      },
    );
  }

  private async importOrder(
    group: ImportRow[],
    ctx: ImportContext,
    lookups: {
      customers: Map<string, { id: string; ownerId: string | null }>;
      products: Map<string, string>;
      owners: Map<string, string>;
      known: Map<string, KnownOrder>;
    },
  ): Promise<'created' | 'updated'> {
    const first = group[0];
    const number = textValue(first.values.number);
    if (!number) throw reject('number', 'number is required: it groups the lines of an order');

    // Order fields from the first row; a later row may only repeat them.
    const order: Record<string, unknown> = {};
    const errors: RowFieldError[] = [];
    for (const field of ORDER_FIELDS) {
      if (first.values[field] !== undefined) order[field] = first.values[field];
      group.slice(1).forEach((r, i) => {
        const v = r.values[field];
        if (v !== undefined && JSON.stringify(v) !== JSON.stringify(first.values[field]))
          errors.push({ field: `lines[${i + 1}].${field}`, message: `${field} differs from the order's first row` });
      });
    }
    const lines: LineInput[] = group.map((r, i) => {
      const code = textValue(r.values.productCode);
      const productId = code ? lookups.products.get(code) : undefined;
      if (!code) errors.push({ field: `lines[${i}].productCode`, message: 'productCode is required' });
      else if (!productId)
        errors.push({ field: `lines[${i}].productCode`, message: `no product has the code ${code}` });
      const line: LineInput = { productId: productId ?? '' };
      for (const f of ['quantity', 'unitPrice', 'discount'] as const)
        if (r.values[f] !== undefined) line[f] = r.values[f];
      return line;
    });
    if (errors.length) throw new RowRejected(errors);

    applyOwnerEmail(order, lookups.owners);
    const customerCode = textValue(order.customerCode);
    delete order.customerCode;
    const customer = () => {
      const found = customerCode ? lookups.customers.get(customerCode) : undefined;
      if (!customerCode) throw reject('customerCode', 'customerCode is required for a new order');
      if (!found || !isVisibleTo(ctx.scope, found.ownerId))
        throw reject('customerCode', `no customer you can see has the code ${customerCode}`);
      return found;
    };

    const match = lookups.known.get(number);
    if (match) {
      if (match.customerDeleted || !isVisibleTo(ctx.scope, match.ownerId))
        throw reject('number', `order ${number} belongs to a customer you cannot see; it was not changed`);
      const dto: Record<string, unknown> = { ...order, version: match.version };
      if (customerCode) {
        const target = customer();
        if (target.id === match.customerId) delete dto.customerId;
        else dto.customerId = target.id;
      }
      if (dto.orderDate === match.orderDate) delete dto.orderDate;
      if (typeof dto.currency === 'string' && dto.currency.toUpperCase() === match.currency) delete dto.currency;
      if (!sameLines(match.lines, lines)) dto.lines = lines;
      const valid = await validateDto(UpdateOrderDto, dto);
      if (!ctx.dryRun) {
        const saved = await this.orders.updateOrder(match.id, valid, ctx.user);
        match.version = saved.version;
      }
      return 'updated';
    }
    const valid = await validateDto(CreateOrderDto, { ...order, number, customerId: customer().id, lines });
    if (!ctx.dryRun) await this.orders.createOrder(valid, ctx.user);
    return 'created';
  }

  private async customersByCode(codes: string[]) {
    if (!codes.length) return new Map<string, { id: string; ownerId: string | null }>();
    const rows: Array<{ id: string; code: string; owner_id: string | null }> = await this.ds.query(
      `SELECT id, code, owner_id FROM customers WHERE deleted_at IS NULL AND code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, { id: r.id, ownerId: r.owner_id }]));
  }

  private async productsByCode(codes: string[]): Promise<Map<string, string>> {
    if (!codes.length) return new Map();
    const rows: Array<{ id: string; code: string }> = await this.ds.query(
      `SELECT id, code FROM products WHERE code = ANY($1::text[])`,
      [codes],
    );
    return new Map(rows.map((r) => [r.code, r.id]));
  }

  private async ordersByNumber(numbers: string[]): Promise<Map<string, KnownOrder>> {
    const map = new Map<string, KnownOrder>();
    if (!numbers.length) return map;
    const orders: Array<{
      id: string;
      number: string;
      version: number;
      customer_id: string;
      order_date: string;
      currency: string;
      owner_id: string | null;
      customer_deleted: boolean;
    }> = await this.ds.query(
      `SELECT o.id, o.number, o.version, o.customer_id, o.order_date::text AS order_date, o.currency,
              c.owner_id, c.deleted_at IS NOT NULL AS customer_deleted
       FROM orders o JOIN customers c ON c.id = o.customer_id
       WHERE o.number = ANY($1::text[])`,
      [numbers],
    );
    for (const o of orders)
      map.set(o.number, {
        id: o.id,
        version: o.version,
        customerId: o.customer_id,
        orderDate: o.order_date,
        currency: o.currency,
        ownerId: o.owner_id,
        customerDeleted: o.customer_deleted,
        lines: [],
      });
    if (!orders.length) return map;
    const byId = new Map([...map.values()].map((o) => [o.id, o]));
    const lines: Array<{
      order_id: string;
      product_id: string;
      quantity: number;
      unit_price: string;
      discount: string;
    }> = await this.ds.query(
      `SELECT order_id, product_id, quantity, unit_price::text AS unit_price, discount::text AS discount
         FROM order_lines WHERE order_id = ANY($1::uuid[]) ORDER BY order_id, position`,
      [orders.map((o) => o.id)],
    );
    for (const l of lines)
      byId.get(l.order_id)?.lines.push({
        productId: l.product_id,
        quantity: l.quantity,
        unitPrice: l.unit_price,
        discount: l.discount,
      });
    return map;
  }
}

// The file's lines say the same as the stored ones (a price left empty means the stored price).
function sameLines(stored: KnownOrder['lines'], given: LineInput[]): boolean {
  if (stored.length !== given.length) return false;
  return stored.every((s, i) => {
    const g = given[i];
    return (
      s.productId === g.productId &&
      s.quantity === g.quantity &&
      (g.unitPrice === undefined || Number(s.unitPrice) === Number(g.unitPrice)) &&
      Number(s.discount) === Number(g.discount ?? 0)
    );
  });
}
