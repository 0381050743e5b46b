import {
  DashboardTile,
  DashboardTileContext,
  DashboardTileKind,
  DashboardTileQuery,
  DashboardTileValue,
  hasPermission,
  ownerCondition,
} from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { LifecycleStage } from '../customers/customer.enums';
import { PAYABLE_STATUSES } from '../orders/order-status';

// The wave-1 dashboard tiles. Each is one SQL statement over the customers the user may see (an
// account manager's own, a sales manager's team's, everyone's for wide roles), served by the
// owner/customer indexes; see dashboard.int-spec.ts for the plans.

// An admin list route with react-admin's filter (and optional sort) in the query string.
export const listLink = (resource: string, filter: Record<string, unknown>, sort?: string, order?: 'ASC' | 'DESC') => {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) params.set('sort', sort);
  if (order) params.set('order', order);
  return `/${resource}?${params.toString()}`;
};

const STAGES = Object.values(LifecycleStage);
const PAYABLE = [...PAYABLE_STATUSES];

@DashboardTile({
  name: 'customers.by_stage',
  label: 'crm.dashboard.tiles.customers_by_stage',
  kind: DashboardTileKind.Breakdown,
  permission: 'customers.read',
  link: '/customers',
  itemLabels: 'crm.enums.lifecycleStage',
  order: 10,
})
@Injectable()
export class CustomersByStageTile implements DashboardTileQuery {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async compute({ scope }: DashboardTileContext): Promise<DashboardTileValue> {
    const params: unknown[] = [];
    const rows: Array<{ stage: string; count: number }> = await this.ds.query(
      `SELECT c.lifecycle_stage AS stage, count(*)::int AS count
       FROM customers c
       WHERE c.deleted_at IS NULL AND ${ownerCondition(scope, 'c.owner_id', params)}
       GROUP BY c.lifecycle_stage`,
      params,
    );
    const counts = new Map(rows.map((r) => [r.stage, r.count]));
    // Every stage, in lifecycle order, so the list reads the same for everyone.
    return {
      value: rows.reduce((sum, r) => sum + r.count, 0),
      items: STAGES.map((stage) => ({
        key: stage,
        value: counts.get(stage) ?? 0,
        link: listLink('customers', { lifecycleStage: stage }),
      })),
    };
  }
}

@DashboardTile({
  name: 'orders.awaiting_payment',
  label: 'crm.dashboard.tiles.orders_awaiting_payment',
  kind: DashboardTileKind.Number,
  permission: 'orders.read',
  link: listLink('orders', { outstanding: true }, 'orderDate', 'ASC'),
  order: 20,
})
@Injectable()
export class OrdersAwaitingPaymentTile implements DashboardTileQuery {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  async compute({ scope }: DashboardTileContext): Promise<DashboardTileValue> {
    const params: unknown[] = [PAYABLE];
    const [row]: Array<{ count: number }> = await this.ds.query(
      `SELECT count(*)::int AS count
       FROM orders o JOIN customers c ON c.id = o.customer_id
       WHERE o.status = ANY($1::text[]) AND o.paid_amount < o.total
         AND c.deleted_at IS NULL AND ${ownerCondition(scope, 'c.owner_id', params)}`,
      params,
    );
    return { value: row.count };
  }
}

@DashboardTile({
  name: 'orders.outstanding_amount',
  label: 'crm.dashboard.tiles.outstanding_amount',
  kind: DashboardTileKind.Money,
  permission: 'orders.read',
  link: listLink('orders', { outstanding: true }, 'orderDate', 'ASC'),
  order: 30,
})
@Injectable()
export class OutstandingAmountTile implements DashboardTileQuery {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  // Unpaid balances of confirmed (and delivered) orders, one sum per currency.
  async compute({ scope }: DashboardTileContext): Promise<DashboardTileValue> {
    const params: unknown[] = [PAYABLE];
    const rows: Array<{ currency: string; amount: string }> = await this.ds.query(
      `SELECT o.currency, sum(o.total - o.paid_amount)::numeric(14,2)::text AS amount
       FROM orders o JOIN customers c ON c.id = o.customer_id
       WHERE o.status = ANY($1::text[]) AND o.paid_amount < o.total
         AND c.deleted_at IS NULL AND ${ownerCondition(scope, 'c.owner_id', params)}
       GROUP BY o.currency
       ORDER BY o.currency`,
      params,
    );
    return { amounts: rows };
  }
}

// Monday 00:00 UTC of this week and of the next.
export function weekBounds(now = new Date()): { start: Date; end: Date } {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const end = new Date(start);
  end.setUTCDate(end.getUTCDate() + 7);
  return { start, end };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

@DashboardTile({
  name: 'interactions.next_steps_due',
  label: 'crm.dashboard.tiles.next_steps_due',
  kind: DashboardTileKind.Recent,
  permission: 'interactions.write',
  order: 40,
})
@Injectable()
export class NextStepsDueTile implements DashboardTileQuery {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  // The count and the first five (soonest due), in one statement thanks to a window count.
  async compute({ scope }: DashboardTileContext): Promise<DashboardTileValue> {
    const { start, end } = weekBounds();
    const params: unknown[] = [start, end];
    const rows: Array<{
      id: string;
      customer_id: string;
      customer_name: string;
      next_step: string | null;
      next_step_at: Date;
      total: number;
    }> = await this.ds.query(
      `SELECT i.id, i.customer_id, c.name AS customer_name, i.next_step, i.next_step_at,
              count(*) OVER ()::int AS total
       FROM interactions i JOIN customers c ON c.id = i.customer_id
       WHERE i.next_step_at >= $1 AND i.next_step_at < $2
         AND c.deleted_at IS NULL AND ${ownerCondition(scope, 'c.owner_id', params)}
       ORDER BY i.next_step_at, i.id
       LIMIT 5`,
      params,
    );
    const last = new Date(end.getTime() - 86_400_000);
    return {
      value: rows[0]?.total ?? 0,
      link: listLink('interactions', { nextStepFrom: day(start), nextStepTo: day(last) }, 'nextStepAt', 'ASC'),
      items: rows.map((r) => ({
        key: r.id,
        label: r.customer_name,
        detail: r.next_step,
        date: r.next_step_at,
        link: `/interactions/${r.id}/show`,
      })),
    };
  }
}

@DashboardTile({
  name: 'imports.recent',
  label: 'crm.dashboard.tiles.recent_imports',
  kind: DashboardTileKind.Recent,
  permission: 'imports.run',
  link: '/import',
  statusLabels: 'crm.dashboard.import_status',
  order: 50,
})
@Injectable()
export class RecentImportsTile implements DashboardTileQuery {
  constructor(@Inject(DataSource) private readonly ds: DataSource) {}

  // The user's own last five imports (dry runs left out); with imports.read.any, everyone's.
  async compute({ user }: DashboardTileContext): Promise<DashboardTileValue> {
    const mine = !hasPermission(user, 'imports.read.any');
    if (mine && !user.id) return { items: [] };
    const rows: Array<{
      id: string;
      file_name: string;
      status: string;
      created: number;
      updated: number;
      failed: number;
      created_at: Date;
    }> = await this.ds.query(
      `SELECT id, file_name, status, created, updated, failed, created_at
       FROM imports WHERE NOT dry_run ${mine ? 'AND created_by_id = $1' : ''}
       ORDER BY created_at DESC
       LIMIT 5`,
      mine ? [user.id] : [],
    );
    return {
      items: rows.map((r) => ({
        key: r.id,
        label: r.file_name,
        status: r.status,
        date: r.created_at,
        link: `/import?id=${r.id}`,
        figures: { created: r.created, updated: r.updated, failed: r.failed },
      })),
    };
  }
}

export const CUSTOMERS_TILES = [
  CustomersByStageTile,
  OrdersAwaitingPaymentTile,
  OutstandingAmountTile,
  NextStepsDueTile,
  RecentImportsTile,
];
