import { defineJob } from '@crm/server-core';
import { ImportsQueue } from '../customers.queues';

export interface RunImportPayload {
  importId: string;
}

// Imports a stored file of more than 1,000 rows. The job id is the import id; a retry resumes after
// the last saved batch (rows are matched by code/number, so redoing part of a batch updates rather
// than duplicates — except customers without a code).
export const RunImportJob = defineJob<RunImportPayload>(ImportsQueue, 'run', { attempts: 3 });
