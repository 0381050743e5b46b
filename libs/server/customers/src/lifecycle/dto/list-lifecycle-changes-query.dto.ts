import { ListQueryDto } from '@crm/server-core';

// Sort on occurredAt (default -occurredAt); q is ignored.
export class ListLifecycleChangesQueryDto extends ListQueryDto {}
