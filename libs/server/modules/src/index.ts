import { composeCrmModules } from '@crm/server-core';
import { customersModule } from '@crm/server-customers';

// The one list of domain libs (ADR 22). Order matters: each lib's migrations run after core's and
// after those of the libs above it (customers first: every domain lib may reference its tables).
// `npm run new:module -- <name>` appends here.
export const crmModules = [customersModule];

// What apps/api, apps/worker, the CLIs and the test setup fold: migrations, queues, schedules, modules.
export const crm = composeCrmModules(crmModules);
