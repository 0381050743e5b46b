import { Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { CustomerEvents, CustomerMergingEvent } from '../customers/customer.events';
import { refreshCustomerOrderStats } from './order-aggregates';

// When a duplicate customer is merged, its orders and payments follow it to the kept customer,
// inside the merge's transaction (which has locked both customers).
@Injectable()
export class OrderMergeListener {
  @OnEvent(CustomerEvents.Merging, { suppressErrors: false })
  async onCustomerMerging({ targetId, sourceId, manager }: CustomerMergingEvent) {
    for (const table of ['orders', 'payments']) {
      await manager.query(
        `UPDATE ${table} SET customer_id = $2, updated_at = now(), version = version + 1 WHERE customer_id = $1`,
        [sourceId, targetId],
      );
    }
    await refreshCustomerOrderStats(manager, targetId);
    await refreshCustomerOrderStats(manager, sourceId);
  }
}
