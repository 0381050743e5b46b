import { currentActor, msg, NotificationsService } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { OnEvent } from '@nestjs/event-emitter';
import { DataSource } from 'typeorm';
import { CustomerAssignedEvent, CustomerEvents } from '../customers/customer.events';
import { ImportEvents, ImportFinishedEvent } from '../import-export/import.events';
import { OrderEvent, OrderEvents, PaymentEvent, PaymentEvents } from '../orders/order.events';

// Turns the lib's domain events into in-app notifications for the people concerned. Texts are
// message keys with parameters, rendered in each reader's language when listed. Nobody is told
// about what they did themselves. Events arrive after the commit, inside the request's context, so
// currentActor() is who made the change. What the system does on its own (the demo seed, jobs) is
// not news to anyone, except an import finishing. A failure here is logged by the event emitter and
// never undoes the change.
@Injectable()
export class CustomerNotificationsListener {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
  ) {}

  @OnEvent(CustomerEvents.Assigned)
  async onCustomerAssigned({ id, ownerId, byUserId }: CustomerAssignedEvent) {
    if (!ownerId || ownerId === byUserId || currentActor().kind === 'system') return;
    const [row]: Array<{ name: string; code: string; by: string | null }> = await this.ds.query(
      `SELECT c.name, c.code, u.name AS by FROM customers c LEFT JOIN users u ON u.id = $2 WHERE c.id = $1`,
      [id, byUserId],
    );
    if (!row) return;
    const params = { customer: row.name, code: row.code };
    await this.notifications.notify([ownerId], {
      type: 'customer.assigned',
      title: msg('notification.customer_assigned.title', params),
      body: row.by
        ? msg('notification.customer_assigned.body', { ...params, actor: row.by })
        : msg('notification.customer_assigned.body_system', params),
      link: `/customers/${id}/show`,
      data: { customerId: id, byUserId },
    });
  }

  @OnEvent(OrderEvents.Confirmed)
  async onOrderConfirmed({ id }: OrderEvent) {
    const actor = currentActor();
    if (actor.kind === 'system') return;
    const order = await this.orderOf(id);
    if (!order?.owner_id || (actor.kind === 'user' && actor.id === order.owner_id)) return;
    const params = { number: order.number, customer: order.customer };
    await this.notifications.notify([order.owner_id], {
      type: 'order.confirmed',
      title: msg('notification.order_confirmed.title', params),
      body: msg('notification.order_confirmed.body', {
        ...params,
        actor: actor.name ?? '',
        total: order.total,
        currency: order.currency,
      }),
      link: `/orders/${id}/show`,
      data: { orderId: id, customerId: order.customer_id },
    });
  }

  // Told once, by the payment that settles the order (a later one cannot exist: it would exceed the total).
  @OnEvent(PaymentEvents.Received)
  async onPaymentReceived({ orderId, amount }: PaymentEvent) {
    const actor = currentActor();
    if (actor.kind === 'system') return;
    const order = await this.orderOf(orderId);
    if (!order?.owner_id || order.paid_amount !== order.total) return;
    if (actor.kind === 'user' && actor.id === order.owner_id) return;
    const params = { number: order.number, customer: order.customer };
    await this.notifications.notify([order.owner_id], {
      type: 'order.paid',
      title: msg('notification.order_paid.title', params),
      body: msg('notification.order_paid.body', { ...params, amount, total: order.total, currency: order.currency }),
      link: `/orders/${orderId}/show`,
      data: { orderId, customerId: order.customer_id },
    });
  }

  // To whoever started it; dry runs are watched in the wizard and not announced.
  @OnEvent(ImportEvents.Finished)
  async onImportFinished({ id }: ImportFinishedEvent) {
    const [imp]: Array<{
      file_name: string;
      status: string;
      dry_run: boolean;
      created_by_id: string | null;
      processed_rows: number;
      created: number;
      updated: number;
      failed: number;
      error: string | null;
    }> = await this.ds.query(
      `SELECT file_name, status, dry_run, created_by_id, processed_rows, created, updated, failed, error
       FROM imports WHERE id = $1`,
      [id],
    );
    if (!imp?.created_by_id || imp.dry_run) return;
    const ok = imp.status === 'completed';
    const params = {
      file: imp.file_name,
      processed: imp.processed_rows,
      created: imp.created,
      updated: imp.updated,
      failed: imp.failed,
    };
    await this.notifications.notify([imp.created_by_id], {
      type: ok ? 'import.completed' : 'import.failed',
      title: msg(ok ? 'notification.import_completed.title' : 'notification.import_failed.title', params),
      body: ok
        ? msg('notification.import_completed.body', params)
        : msg('notification.import_failed.body', { ...params, error: imp.error ?? '' }),
      link: `/import?id=${id}`,
      data: { importId: id, ...params },
    });
  }

  private async orderOf(id: string) {
    const [row]: Array<{
      number: string;
      total: string;
      paid_amount: string;
      currency: string;
      customer_id: string;
      customer: string;
      owner_id: string | null;
    }> = await this.ds.query(
      `SELECT o.number, o.total::text, o.paid_amount::text, o.currency, o.customer_id, c.name AS customer, c.owner_id
       FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = $1`,
      [id],
    );
    return row;
  }
}
