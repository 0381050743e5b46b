import { assertVersion, AuthUser, emitEvent, likePattern, NotFoundError, Page, paginate, User } from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { lowerBound, upperBound } from '../common/validation';
import { CustomerAccessService } from '../customers/customer-access.service';
import { DictionaryService } from '../dictionary/dictionary.service';
import { formatCents, toCents } from '../orders/money';
import { sumPayments } from '../orders/order-aggregates';
import { lockOrder } from '../orders/order-lock';
import { PAYABLE_STATUSES } from '../orders/order-status';
import { Order, OrderStatus } from '../orders/order.entity';
import { PaymentEvents } from '../orders/order.events';
import { CreatePaymentDto, ListPaymentsQueryDto, PaymentFieldsDto, UpdatePaymentDto } from './dto/payment-inputs.dto';
import { PaymentDto, toPaymentDto } from './dto/payment.dto';
import { Payment } from './payment.entity';
import {
  orderNotPayable,
  paymentExceedsOutstanding,
  paymentOfCompletedOrder,
  unknownHandler,
  unknownPaymentOrder,
} from './payments.errors';

const SORTABLE = { paidAt: 'p.paidAt', amount: 'p.amount', createdAt: 'p.createdAt' };
const TEXT_FIELDS = ['account', 'reference', 'notes'] as const;

// Payment collection (回款): each payment reduces its order's outstanding amount, never below zero.
// Visible exactly when the order's customer is.
@Injectable()
export class PaymentsService implements OnModuleInit {
  constructor(
    @InjectRepository(Payment) private readonly payments: Repository<Payment>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(DictionaryService) private readonly dictionary: DictionaryService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  onModuleInit() {
    this.dictionary.registerUsage('payment_method', { table: 'payments', column: 'method' });
  }

  async listPayments(query: ListPaymentsQueryDto, user: AuthUser): Promise<Page<PaymentDto>> {
    const qb = this.payments.createQueryBuilder('p');
    await this.access.restrictToVisibleCustomers(qb, 'p.customer_id', user);
    for (const field of ['orderId', 'customerId', 'method'] as const) {
      if (query[field]) qb.andWhere(`p.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.from) qb.andWhere(lowerBound('p.paid_at', 'from', query.from), { from: query.from });
    if (query.to) qb.andWhere(upperBound('p.paid_at', 'to', query.to), { to: query.to });
    if (query.q) qb.andWhere('(p.reference ILIKE :q OR p.account ILIKE :q)', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: '-paidAt' }, toPaymentDto);
  }

  async getPayment(id: string, user: AuthUser): Promise<PaymentDto> {
    return toPaymentDto(await this.findVisible(this.ds.manager, id, user));
  }

  // The order is locked (after its customer) for the whole check-and-write, so two payments that
  // together exceed the balance cannot both pass.
  async createPayment(dto: CreatePaymentDto, user: AuthUser): Promise<PaymentDto> {
    const payment = await this.ds.transaction(async (m) => {
      const order = await this.lockReferencedOrder(m, dto.orderId, user);
      if (!PAYABLE_STATUSES.includes(order.status)) throw orderNotPayable(order.status);
      const outstanding = toCents(order.total) - toCents(order.paidAmount);
      if (toCents(dto.amount) > outstanding)
        throw paymentExceedsOutstanding(formatCents(toCents(dto.amount)), formatCents(outstanding), order.currency);
      await this.dictionary.assertActiveKeys([{ field: 'method', type: 'payment_method', key: dto.method }], m);
      const payment = m.create(Payment, {
        orderId: order.id,
        customerId: order.customerId,
        amount: dto.amount,
        paidAt: new Date(dto.paidAt),
        method: dto.method,
        handledById: await this.resolveHandler(m, dto.handledById, user),
      });
      assignText(payment, dto);
      const saved = await m.save(payment);
      order.paidAmount = await sumPayments(m, order.id);
      await m.save(order);
      return saved;
    });
    emitEvent(this.events, PaymentEvents.Received, eventOf(payment));
    return this.getPayment(payment.id, user);
  }

  async updatePayment(id: string, dto: UpdatePaymentDto, user: AuthUser): Promise<PaymentDto> {
    await this.ds.transaction(async (m) => {
      const payment = await this.findVisible(m, id, user, true);
      assertVersion(payment, dto.version, 'Payment');
      if (dto.method !== undefined && dto.method !== payment.method) {
        await this.dictionary.assertActiveKeys([{ field: 'method', type: 'payment_method', key: dto.method }], m);
        payment.method = dto.method;
      }
      if (dto.paidAt !== undefined) payment.paidAt = new Date(dto.paidAt);
      if (dto.handledById !== undefined) payment.handledById = await this.resolveHandler(m, dto.handledById, user);
      assignText(payment, dto);
      await m.save(payment);
    });
    return this.getPayment(id, user);
  }

  // Restores the order's outstanding balance. A completed order keeps its payments.
  async deletePayment(id: string, user: AuthUser): Promise<void> {
    const payment = await this.ds.transaction(async (m) => {
      const found = await this.findVisible(m, id, user);
      const { order } = await lockOrder(m, this.access, user, found.orderId);
      if (order.status === OrderStatus.Completed) throw paymentOfCompletedOrder();
      const payment = await m.findOne(Payment, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!payment) throw new NotFoundError('Payment', id);
      await m.remove(payment);
      order.paidAmount = await sumPayments(m, order.id);
      await m.save(order);
      return { ...found, id };
    });
    emitEvent(this.events, PaymentEvents.Deleted, eventOf(payment));
  }

  private async lockReferencedOrder(m: EntityManager, orderId: string, user: AuthUser): Promise<Order> {
    try {
      return (await lockOrder(m, this.access, user, orderId)).order;
    } catch (e) {
      // A missing or invisible order in a request body is a 400 on that field.
      if (e instanceof NotFoundError) throw unknownPaymentOrder();
      throw e;
    }
  }

  private async findVisible(m: EntityManager, id: string, user: AuthUser, lock = false): Promise<Payment> {
    const payment = await m.findOne(Payment, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!payment) throw new NotFoundError('Payment', id);
    await this.access.assertLinkedVisible(user, payment.customerId, 'Payment', id, m);
    return payment;
  }

  private async resolveHandler(
    m: EntityManager,
    requested: string | undefined,
    user: AuthUser,
  ): Promise<string | null> {
    if (requested === undefined) return user.id;
    if (!(await m.existsBy(User, { id: requested, active: true }))) throw unknownHandler();
    return requested;
  }
}

function assignText(payment: Payment, dto: PaymentFieldsDto) {
  for (const field of TEXT_FIELDS) if (dto[field] !== undefined) payment[field] = dto[field] ?? null;
}

const eventOf = (p: Payment) => ({ id: p.id, orderId: p.orderId, customerId: p.customerId, amount: p.amount });
