import type { AuthUser } from '../auth/auth-user';
import { hasPermission } from '../permissions/permission-catalog';
import { contributionKind } from '../platform/contributions';
import type { VisibilityScope } from '../visibility/visibility-scope';

// How the admin draws a tile.
export enum DashboardTileKind {
  // One count (value).
  Number = 'number',
  // Sums per currency (amounts).
  Money = 'money',
  // A count per category (items with key and value).
  Breakdown = 'breakdown',
  // The latest few records (items with label, date, status) and optionally their total (value).
  Recent = 'recent',
}

export interface DashboardTileMeta {
  // The tile's id, unique among tiles, e.g. "orders.awaiting_payment".
  name: string;
  // Admin i18n key of the tile's title, e.g. "crm.dashboard.tiles.orders_awaiting_payment".
  label: string;
  kind: DashboardTileKind;
  // The permission needed to see it (e.g. "orders.read"); omitted means every signed-in caller.
  // Admin holds every permission, so sees every tile.
  permission?: string;
  // Admin route the tile leads to, e.g. `/orders?filter={"outstanding":true}`.
  link?: string;
  // Admin i18n prefix of item labels: an item with key k is labelled `<itemLabels>.<k>` (e.g.
  // "crm.enums.lifecycleStage"); without it items show their own label.
  itemLabels?: string;
  // Admin i18n prefix of item statuses, likewise.
  statusLabels?: string;
  // Position on the page, lowest first (then by name); modules leave gaps of 10.
  order?: number;
}

export interface DashboardTileItem {
  // A category key (breakdown) or a record id (recent).
  key: string;
  label?: string | null;
  // A second line, e.g. the next step of an interaction.
  detail?: string | null;
  value?: number | null;
  status?: string | null;
  date?: Date | string | null;
  link?: string | null;
  // Named counts, e.g. { created: 12, failed: 1 } of an import.
  figures?: Record<string, number> | null;
}

export interface DashboardTileValue {
  value?: number | null;
  amounts?: Array<{ currency: string; amount: string }> | null;
  items?: DashboardTileItem[] | null;
  // Replaces the declared link when it depends on the moment (e.g. this week's range).
  link?: string | null;
}

// What a tile's query gets: the signed-in user and their record visibility, computed once per
// request for all tiles.
export interface DashboardTileContext {
  user: AuthUser;
  scope: VisibilityScope;
}

// Implemented by a tile provider. Keep it to one SQL statement that an index serves: every tile of
// the page is computed on each visit, in parallel.
export interface DashboardTileQuery {
  compute(ctx: DashboardTileContext): Promise<DashboardTileValue>;
}

// Declares a dashboard tile: decorate an @Injectable class implementing DashboardTileQuery and list
// it in a module's providers; DashboardService finds it at start.
//   @DashboardTile({ name: 'orders.awaiting_payment', label: 'crm.dashboard.tiles.orders_awaiting_payment',
//                    kind: DashboardTileKind.Number, permission: 'orders.read' })
export const DashboardTile = contributionKind<DashboardTileMeta>('dashboard tile');

// SQL condition limiting `ownerColumn` to the owners the scope sees; pushes its parameter onto
// `params` (positional $n). Everything → TRUE; nobody → FALSE.
export function ownerCondition(scope: VisibilityScope, ownerColumn: string, params: unknown[]): string {
  if (scope.kind === 'all') return 'TRUE';
  if (!scope.userIds.length) return 'FALSE';
  params.push(scope.userIds);
  return `${ownerColumn} = ANY($${params.length}::uuid[])`;
}

export const maySeeTile = (user: Pick<AuthUser, 'permissions'>, meta: DashboardTileMeta): boolean =>
  !meta.permission || hasPermission(user, meta.permission);
