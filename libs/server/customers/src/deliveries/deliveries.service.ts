import { AuditService, AuthUser, NotFoundError, Page, paginate } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CustomerAccessService } from '../customers/customer-access.service';
import { OrderLine } from '../orders/order-line.entity';
import { Order } from '../orders/order.entity';
import { insufficientStock } from '../orders/orders.errors';
import { Product } from '../products/product.entity';
import { Delivery, DeliveryRecordStatus } from './delivery.entity';
import { DeliveryDto, ListDeliveriesQueryDto, toDeliveryDto } from './dto/delivery.dto';

// Deliveries (交付) of orders and the stock they take.
@Injectable()
export class DeliveriesService {
  constructor(
    @InjectRepository(Delivery) private readonly deliveries: Repository<Delivery>,
    @InjectRepository(Order) private readonly orders: Repository<Order>,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async listOrderDeliveries(
    orderId: string,
    query: ListDeliveriesQueryDto,
    user: AuthUser,
  ): Promise<Page<DeliveryDto>> {
    const order = await this.orders.findOneBy({ id: orderId });
    if (!order) throw new NotFoundError('Order', orderId);
    await this.access.assertLinkedVisible(user, order.customerId, 'Order', orderId);
    const qb = this.deliveries.createQueryBuilder('d').where('d.orderId = :orderId', { orderId });
    return paginate(
      qb,
      query,
      { sortable: { deliveredAt: 'd.deliveredAt', createdAt: 'd.createdAt' }, defaultSort: '-deliveredAt' },
      toDeliveryDto,
    );
  }

  // Delivers all of an order's lines, inside the caller's transaction (the order is locked): takes
  // the quantities off stock — refusing with 422 insufficient_stock, which rolls everything back —
  // and records the delivery.
  async deliverAll(
    m: EntityManager,
    order: Order,
    lines: OrderLine[],
    deliveredAt: Date,
    note: string | null,
    user: AuthUser | null,
  ): Promise<Delivery> {
    const wanted = new Map<string, number>();
    for (const line of lines) wanted.set(line.productId, (wanted.get(line.productId) ?? 0) + line.quantity);
    // A fixed order keeps two deliveries of the same products from deadlocking.
    for (const productId of [...wanted.keys()].sort()) {
      const quantity = wanted.get(productId)!;
      const [rows] = (await m.query(
        `UPDATE products SET stock_on_hand = stock_on_hand - $2, version = version + 1, updated_at = now()
         WHERE id = $1 AND stock_on_hand >= $2
         RETURNING stock_on_hand`,
        [productId, quantity],
      )) as [Array<{ stock_on_hand: number }>, number];
      if (!rows.length) {
        const product = await m.findOneByOrFail(Product, { id: productId });
        throw insufficientStock(product, product.stockOnHand, quantity);
      }
      const after = rows[0].stock_on_hand;
      await this.audit.record(
        {
          entity: 'products',
          entityId: productId,
          action: 'update',
          changes: {
            stockOnHand: { before: after + quantity, after },
            delivery: { before: null, after: order.number },
          },
        },
        m,
      );
    }
    return m.save(
      m.create(Delivery, {
        orderId: order.id,
        deliveredAt,
        status: DeliveryRecordStatus.Delivered,
        note,
        createdById: user?.id ?? null,
      }),
    );
  }
}
