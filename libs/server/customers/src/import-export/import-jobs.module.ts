import { Module } from '@nestjs/common';
import { CustomersLibModule } from '../customers.module';
import { ImportsProcessor } from './imports.processor';

// The import job's handler; only apps/worker imports this module.
@Module({
  imports: [CustomersLibModule],
  providers: [ImportsProcessor],
})
export class ImportJobsModule {}
