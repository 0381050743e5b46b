import { Module } from '@nestjs/common';
import { CustomersLibModule } from '../customers.module';
import { ClassificationProcessor } from './classification.processor';

// The customers lib's job handlers; only apps/worker imports this module.
@Module({
  imports: [CustomersLibModule],
  providers: [ClassificationProcessor],
})
export class CustomersWorkerModule {}
