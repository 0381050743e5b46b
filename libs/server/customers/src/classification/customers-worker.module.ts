import { Module } from '@nestjs/common';
import { CustomersLibModule } from '../customers.module';
import { ImportJobsModule } from '../import-export/import-jobs.module';
import { ClassificationProcessor } from './classification.processor';

// The customers lib's job handlers (classification, imports); only the worker imports this module
// (the descriptor's workerModule).
@Module({
  imports: [CustomersLibModule, ImportJobsModule],
  providers: [ClassificationProcessor],
})
export class CustomersWorkerModule {}
