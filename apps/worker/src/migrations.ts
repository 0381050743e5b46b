import { coreMigrations } from '@crm/server-core';
import { customersMigrations } from '@crm/server-customers';

// The same list as apps/api/src/migrations.ts: API and worker may each migrate at
// start (an advisory lock lets one of them do it). Keep both lists in step.
export const allMigrations = [...coreMigrations, ...customersMigrations];
