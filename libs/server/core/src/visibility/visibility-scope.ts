import { Role } from '../auth/roles';

export type VisibilityScope = { kind: 'all' } | { kind: 'users'; userIds: string[] };
export type ScopeKind = 'all' | 'team' | 'self';

// Row-level policy for owned records (customers, opportunities, …):
// - admin, executive: everything.
// - marketer, service_agent, call_agent: everything too, because they work across all customers
//   (campaigns, service requests, calls). A module may narrow this for its own records.
// - sales_manager: their own records and those of every member of the departments they manage,
//   sub-departments included.
// - account_manager, or no role at all: only their own records.
// With several roles the widest wins.
const WIDE: readonly Role[] = [Role.Admin, Role.Executive, Role.Marketer, Role.ServiceAgent, Role.CallAgent];

export function scopeKindFor(roles: readonly Role[]): ScopeKind {
  if (roles.some((r) => WIDE.includes(r))) return 'all';
  if (roles.includes(Role.SalesManager)) return 'team';
  return 'self';
}
