import { AuthUser, DomainEvent, emitEvent } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { DataSource, EntityManager } from 'typeorm';
import { CustomerAccessService } from '../customers/customer-access.service';
import { Customer } from '../customers/customer.entity';
import { CustomerStatus, LifecycleStage } from '../customers/customer.enums';
import { CustomerEvents } from '../customers/customer.events';
import { DeliveriesService } from '../deliveries/deliveries.service';
import { LifecycleService } from '../lifecycle/lifecycle.service';
import { CancelOrderDto, DeliverOrderDto } from './dto/order-inputs.dto';
import { OrderDto } from './dto/order.dto';
import { formatCents, toCents } from './money';
import { countedOrders, refreshCustomerOrderStats } from './order-aggregates';
import { lockOrder } from './order-lock';
import { nextOrderStatus, OrderAction } from './order-status';
import { DeliveryStatus, Order } from './order.entity';
import { OrderEvent, OrderEvents } from './order.events';
import { OrderLine } from './order-line.entity';
import { orderHasPayments, orderOutstanding } from './orders.errors';
import { OrdersService } from './orders.service';
import { reasonOf } from '../lifecycle/lifecycle-reasons';

const EVENTS: Record<OrderAction, DomainEvent<OrderEvent>> = {
  [OrderAction.Confirm]: OrderEvents.Confirmed,
  [OrderAction.Deliver]: OrderEvents.Delivered,
  [OrderAction.Complete]: OrderEvents.Completed,
  [OrderAction.Cancel]: OrderEvents.Cancelled,
};

// The order workflow: draft → confirmed → delivered → completed, draft|confirmed → cancelled. Each
// step locks the customer and the order, applies its rule, and recomputes the customer's order
// aggregates in the same transaction; events go out after the commit.
@Injectable()
export class OrderWorkflowService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(DeliveriesService) private readonly deliveries: DeliveriesService,
    @Inject(LifecycleService) private readonly lifecycle: LifecycleService,
    @Inject(OrdersService) private readonly orders: OrdersService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  async confirmOrder(id: string, user: AuthUser): Promise<OrderDto> {
    let becameActive = false;
    const result = await this.step(id, user, OrderAction.Confirm, async (m, order) => {
      order.confirmedAt = new Date();
      await m.save(order);
      await refreshCustomerOrderStats(m, order.customerId);
      const customer = await m.findOneByOrFail(Customer, { id: order.customerId });
      // A prospect that places an order is a customer now (audited like any edit).
      if (customer.status === CustomerStatus.Prospect) {
        customer.status = CustomerStatus.Active;
        await m.save(customer);
        becameActive = true;
      }
      // The first order moves a customer from exploration to formation (SPEC 1.2); the nightly
      // classification job proposes the later stages.
      if (customer.lifecycleStage === LifecycleStage.Exploration && (await countedOrders(m, order.customerId)) === 1)
        await this.lifecycle.proposeStage(
          m,
          order.customerId,
          LifecycleStage.Formation,
          reasonOf('first_order_confirmed', { number: order.number }),
        );
    });
    if (becameActive) emitEvent(this.events, CustomerEvents.Updated, { id: result.customerId });
    return result;
  }

  deliverOrder(id: string, dto: DeliverOrderDto, user: AuthUser): Promise<OrderDto> {
    return this.step(id, user, OrderAction.Deliver, async (m, order, lines) => {
      const at = dto.deliveredAt ? new Date(dto.deliveredAt) : new Date();
      await this.deliveries.deliverAll(m, order, lines, at, dto.note ?? null, user);
      order.deliveryStatus = DeliveryStatus.Delivered;
      order.deliveredAt = at;
      await m.save(order);
      await refreshCustomerOrderStats(m, order.customerId);
    });
  }

  completeOrder(id: string, user: AuthUser): Promise<OrderDto> {
    return this.step(id, user, OrderAction.Complete, async (m, order) => {
      const outstanding = toCents(order.total) - toCents(order.paidAmount);
      if (outstanding > 0n) throw orderOutstanding(formatCents(outstanding), order.currency);
      order.completedAt = new Date();
      await m.save(order);
      await refreshCustomerOrderStats(m, order.customerId);
    });
  }

  cancelOrder(id: string, dto: CancelOrderDto, user: AuthUser): Promise<OrderDto> {
    return this.step(id, user, OrderAction.Cancel, async (m, order) => {
      if (toCents(order.paidAmount) > 0n) throw orderHasPayments(order.paidAmount, order.currency);
      order.cancelledAt = new Date();
      order.cancelReason = dto.reason;
      await m.save(order);
      await refreshCustomerOrderStats(m, order.customerId);
    });
  }

  private async step(
    id: string,
    user: AuthUser,
    action: OrderAction,
    apply: (m: EntityManager, order: Order, lines: OrderLine[]) => Promise<void>,
  ): Promise<OrderDto> {
    const customerId = await this.ds.transaction(async (m) => {
      const { order, lines } = await lockOrder(m, this.access, user, id);
      order.status = nextOrderStatus(order.status, action);
      await apply(m, order, lines);
      return order.customerId;
    });
    emitEvent(this.events, EVENTS[action], { id, customerId });
    return this.orders.getOrder(id, user);
  }
}
