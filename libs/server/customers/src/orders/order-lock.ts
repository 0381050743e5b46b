import { AuthUser, NotFoundError } from '@crm/server-core';
import { EntityManager } from 'typeorm';
import { CustomerAccessService } from '../customers/customer-access.service';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';
import { orderChangedConcurrently } from './orders.errors';

// Loads an order the user may see and locks it for the rest of the transaction. The customer row is
// locked first, then the order: the order customer merges and edits lock in, so the two cannot
// deadlock, and the customer's aggregates can be recomputed safely afterwards. Payments use it too,
// which serialises concurrent payments on one order.
export async function lockOrder(
  m: EntityManager,
  access: CustomerAccessService,
  user: AuthUser | null,
  id: string,
): Promise<{ order: Order; lines: OrderLine[] }> {
  const peek = await m.findOne(Order, { where: { id }, select: { id: true, customerId: true } });
  if (!peek) throw new NotFoundError('Order', id);
  if (user) await access.assertLinkedVisible(user, peek.customerId, 'Order', id, m);
  await m.query(`SELECT 1 FROM customers WHERE id = $1 FOR UPDATE`, [peek.customerId]);
  const order = await m.findOne(Order, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!order) throw new NotFoundError('Order', id);
  // Moved to another customer (a merge) between the two reads.
  if (order.customerId !== peek.customerId) throw orderChangedConcurrently();
  const lines = await m.find(OrderLine, { where: { orderId: id }, order: { position: 'ASC' } });
  return { order, lines };
}
