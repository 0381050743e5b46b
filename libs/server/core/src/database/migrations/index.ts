import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { Identity1763800001000 } from './1763800001000-identity';
import { AuditJobsNotifications1763800002000 } from './1763800002000-audit-jobs-notifications';
import { Files1763800003000 } from './1763800003000-files';
import { Webhooks1763800004000 } from './1763800004000-webhooks';
import { JobRunCheckpoints1763800005000 } from './1763800005000-job-run-checkpoints';
import { ApiKeyScopes1763800005200 } from './1763800005200-api-key-scopes';
import { NotificationMessages1763800005500 } from './1763800005500-notification-messages';

// Every migration of the core lib, in order. Domain libs export their own lists.
export const coreMigrations = [
  InitialSchema1763800000000,
  Identity1763800001000,
  AuditJobsNotifications1763800002000,
  Files1763800003000,
  Webhooks1763800004000,
  JobRunCheckpoints1763800005000,
  ApiKeyScopes1763800005200,
  NotificationMessages1763800005500,
];
