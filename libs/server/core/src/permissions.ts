import { Injectable } from '@nestjs/common';
import { Role } from './auth/roles';
import { definePermissions, PermissionCatalog } from './permissions/permission-catalog';

// Core's permissions and the roles holding them (admin holds every permission). Reading staff,
// departments, notifications, files and one's own profile needs only a signed-in caller.
export const CORE_PERMISSIONS = definePermissions({
  'users.manage': { description: 'Create, change and deactivate user accounts', roles: [] },
  'departments.manage': { description: 'Create, change and delete departments', roles: [] },
  'api_keys.manage': { description: 'Create, list and revoke API keys', roles: [] },
  'webhooks.manage': { description: 'Manage webhook subscriptions and see their deliveries', roles: [] },
  'audit.read': { description: 'Read the audit log', roles: [Role.Executive] },
  'job_runs.read': { description: 'See background job runs', roles: [Role.Executive] },
  'queues.manage': { description: 'Open the queue board (Bull Board) and act on jobs', roles: [] },
});

export type CorePermission = keyof typeof CORE_PERMISSIONS;

@PermissionCatalog({ name: 'core', permissions: CORE_PERMISSIONS })
@Injectable()
export class CorePermissions {}
