import {
  AuthUser,
  emitEvent,
  FilesService,
  hasPermission,
  likePattern,
  NotFoundError,
  Page,
  OwnerResolutionService,
  paginate,
  assertVersion,
} from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors';
import { CustomerAccessService } from '../customers/customer-access.service';
import {
  CreateOrderDto,
  DRAFT_ONLY_FIELDS,
  ListOrdersQueryDto,
  NextOrderNumberQueryDto,
  OrderFieldsDto,
  UpdateOrderDto,
} from './dto/order-inputs.dto';
import { NextOrderNumberDto, OrderDto, toOrderDto } from './dto/order.dto';
import { OrderLine } from './order-line.entity';
import { priceLines, writeLines } from './order-lines';
import { lockOrder } from './order-lock';
import { orderNumbers } from './order-number';
import { PAYABLE_STATUSES } from './order-status';
import { Order, OrderStatus } from './order.entity';
import { OrderEvents } from './order.events';
import {
  contractDatesInverted,
  orderClosed,
  orderNotDeletable,
  orderNotDraft,
  orderNumberTaken,
  ORDER_OWNER_RULE,
} from './orders.errors';

const SORTABLE = { orderDate: 'o.orderDate', total: 'o.total', number: 'o.number', createdAt: 'o.createdAt' };
const HEADER_FIELDS = ['terms', 'startDate', 'endDate', 'signedBy', 'notes'] as const satisfies ReadonlyArray<
  keyof Order & keyof OrderFieldsDto
>;
const today = () => new Date().toISOString().slice(0, 10);

// Orders / contracts (SPEC 1.5): visible exactly when their customer is. Status changes live in
// OrderWorkflowService; this service owns the record itself.
@Injectable()
export class OrdersService implements OnModuleInit {
  constructor(
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(OwnerResolutionService) private readonly owners: OwnerResolutionService,
    @Inject(FilesService) private readonly files: FilesService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  onModuleInit() {
    this.files.registerAccess('orders', async (user, orderId) => {
      const order = await this.orders.findOne({ where: { id: orderId }, select: { id: true, customerId: true } });
      if (!order) return 'none';
      try {
        await this.access.assertLinkedVisible(user, order.customerId, 'Order', orderId);
      } catch (e) {
        if (e instanceof NotFoundError) return 'none';
        throw e;
      }
      return hasPermission(user, 'orders.write') ? 'write' : 'read';
    });
  }

  async listOrders(query: ListOrdersQueryDto, user: AuthUser): Promise<Page<OrderDto>> {
    const qb = this.orders.createQueryBuilder('o');
    await this.access.restrictToVisibleCustomers(qb, 'o.customer_id', user);
    for (const field of ['customerId', 'ownerId', 'status'] as const) {
      if (query[field]) qb.andWhere(`o.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.from) qb.andWhere('o.order_date >= CAST(:from AS date)', { from: query.from });
    if (query.to) qb.andWhere('o.order_date <= CAST(:to AS date)', { to: query.to });
    if (query.outstanding === true)
      qb.andWhere('o.status IN (:...payable) AND o.paid_amount < o.total', { payable: PAYABLE_STATUSES });
    if (query.q)
      qb.andWhere(
        `(o.number ILIKE :q OR EXISTS (SELECT 1 FROM customers qc WHERE qc.id = o.customer_id AND qc.name ILIKE :q))`,
        { q: likePattern(query.q.trim()) },
      );
    const page = await paginate(qb, query, { sortable: SORTABLE, defaultSort: '-orderDate' }, (o) => o);
    return { ...page, data: await this.withLines(this.ds.manager, page.data) };
  }

  async getOrder(id: string, user: AuthUser): Promise<OrderDto> {
    const order = await this.orders.findOneBy({ id });
    if (!order) throw new NotFoundError('Order', id);
    await this.access.assertLinkedVisible(user, order.customerId, 'Order', id);
    return (await this.withLines(this.ds.manager, [order]))[0];
  }

  // A hint for the order form: what an order created now without a number would get (not reserved).
  async getNextOrderNumber(query: NextOrderNumberQueryDto): Promise<NextOrderNumberDto> {
    return { number: await orderNumbers.peek(this.ds.manager, { orderDate: query.orderDate ?? today() }) };
  }

  async createOrder(dto: CreateOrderDto, user: AuthUser): Promise<OrderDto> {
    const order = await this.ds.transaction(async (m) => {
      const customer = await this.access.findReferenced(user, dto.customerId, 'customerId', m);
      const order = m.create(Order, {
        customerId: customer.id,
        // Without one, the order belongs to whoever owns the customer.
        ownerId: await this.owners.resolveOwner(m, user, dto.ownerId, {
          ...ORDER_OWNER_RULE,
          fallback: customer.ownerId,
        }),
        orderDate: dto.orderDate ?? today(),
        status: OrderStatus.Draft,
        currency: dto.currency ?? 'CNY',
        paidAmount: '0',
        createdById: user.id,
      });
      assignHeader(order, dto);
      order.number = await orderNumbers.assign(m, dto.number, order);
      const lines = await priceLines(m, order, dto.lines);
      const saved = await this.save(m, order);
      await writeLines(m, saved.id, lines);
      return saved;
    });
    emitEvent(this.events, OrderEvents.Created, { id: order.id, customerId: order.customerId });
    return this.getOrder(order.id, user);
  }

  async updateOrder(id: string, dto: UpdateOrderDto, user: AuthUser): Promise<OrderDto> {
    const customerId = await this.ds.transaction(async (m) => {
      const { order } = await lockOrder(m, this.access, user, id);
      assertVersion(order, dto.version, 'Order');
      if (order.status === OrderStatus.Completed || order.status === OrderStatus.Cancelled)
        throw orderClosed(order.status);
      const draftOnly = DRAFT_ONLY_FIELDS.filter((f) => dto[f] !== undefined);
      if (draftOnly.length && order.status !== OrderStatus.Draft) throw orderNotDraft(order.status, [...draftOnly]);
      if (dto.customerId !== undefined && dto.customerId !== order.customerId)
        order.customerId = (await this.access.findReferenced(user, dto.customerId, 'customerId', m)).id;
      if (dto.ownerId !== undefined)
        order.ownerId = await this.owners.resolveOwner(m, user, dto.ownerId, ORDER_OWNER_RULE);
      if (dto.number !== undefined) order.number = dto.number;
      if (dto.orderDate !== undefined) order.orderDate = dto.orderDate;
      if (dto.currency !== undefined) order.currency = dto.currency;
      assignHeader(order, dto);
      const lines = dto.lines ? await priceLines(m, order, dto.lines) : undefined;
      await this.save(m, order);
      if (lines) await writeLines(m, id, lines);
      return order.customerId;
    });
    emitEvent(this.events, OrderEvents.Updated, { id, customerId });
    return this.getOrder(id, user);
  }

  // Drafts only; a confirmed order is cancelled instead, so its history stays.
  async deleteOrder(id: string, user: AuthUser): Promise<void> {
    let purgeFiles: (() => Promise<void>) | undefined;
    const customerId = await this.ds.transaction(async (m) => {
      const { order } = await lockOrder(m, this.access, user, id);
      if (order.status !== OrderStatus.Draft) throw orderNotDeletable(order.status);
      purgeFiles = await this.files.deleteFilesOf(m, 'orders', id);
      await m.remove(order);
      return order.customerId;
    });
    await purgeFiles?.();
    emitEvent(this.events, OrderEvents.Deleted, { id, customerId });
  }

  private async withLines(m: EntityManager, orders: Order[]): Promise<OrderDto[]> {
    if (!orders.length) return [];
    const lines = await m.find(OrderLine, { where: { orderId: In(orders.map((o) => o.id)) } });
    return orders.map((o) =>
      toOrderDto(
        o,
        lines.filter((l) => l.orderId === o.id),
      ),
    );
  }

  private async save(m: EntityManager, order: Order): Promise<Order> {
    if (order.startDate && order.endDate && order.endDate < order.startDate) throw contractDatesInverted();
    try {
      return await m.save(order);
    } catch (e) {
      if (isUniqueViolation(e, 'uq_orders_number')) throw orderNumberTaken(order.number);
      throw e;
    }
  }
}

function assignHeader(order: Order, dto: OrderFieldsDto) {
  const target = order as unknown as Record<string, unknown>;
  const source = dto as unknown as Record<string, unknown>;
  for (const field of HEADER_FIELDS) if (source[field] !== undefined) target[field] = source[field];
  if (dto.signedAt !== undefined) order.signedAt = dto.signedAt === null ? null : new Date(dto.signedAt);
}
