import { defineCrmModule } from '@crm/server-core';
import { ClassifyCustomersJob } from './classification/classification.jobs';
import { ClassificationService } from './classification/classification.service';
import { customersDemoServices, seedCustomersDemo } from './demo/customers-demo';
import { CustomersWorkerModule } from './classification/customers-worker.module';
import { Contact } from './contacts/contact.entity';
import { CustomersLibModule } from './customers.module';
import { AnalyticsQueue, ImportsQueue } from './customers.queues';
import { Customer } from './customers/customer.entity';
import { customersMigrations } from './database/migrations';
import { Delivery } from './deliveries/delivery.entity';
import { DictionaryEntry } from './dictionary/dictionary-entry.entity';
import { DataImport } from './import-export/data-import.entity';
import { Interaction } from './interactions/interaction.entity';
import { LifecycleChange } from './lifecycle/lifecycle-change.entity';
import { OrderLine } from './orders/order-line.entity';
import { Order } from './orders/order.entity';
import { Payment } from './payments/payment.entity';
import { ProductCategory } from './products/product-category.entity';
import { ProductLine } from './products/product-line.entity';
import { Product } from './products/product.entity';

// The customers lib as the apps fold it (libs/server/modules lists it; docs/adding-a-module.md).
export const customersModule = defineCrmModule({
  name: 'customers',
  apiModule: CustomersLibModule,
  workerModule: CustomersWorkerModule,
  migrations: customersMigrations,
  entities: [
    Customer,
    DictionaryEntry,
    LifecycleChange,
    Contact,
    Interaction,
    ProductLine,
    ProductCategory,
    Product,
    Order,
    OrderLine,
    Delivery,
    Payment,
    DataImport,
  ],
  queues: [ImportsQueue, AnalyticsQueue],
  // Value tiers, ABC, value groups, stability, behaviour, lifecycle (CLASSIFY_CRON, default 02:00).
  schedules: (config) => [{ job: ClassifyCustomersJob, cron: config.classification.cron }],
  demo: async ({ app, users, log }) => {
    log('Customers, contacts, two years of orders and payments, interactions…');
    const started = Date.now();
    const demo = await seedCustomersDemo(customersDemoServices(app), [...users], { log });
    log(
      demo.skipped
        ? 'Demo customers already exist; nothing added.'
        : `Demo data: ${demo.customers} customers and ${demo.orders} orders in ${Math.round((Date.now() - started) / 1000)} s.`,
    );
    // The nightly job would classify them tonight; a new user should see tiers and groups now.
    const classified = await app.get(ClassificationService).classifyCustomers();
    const summary = classified.summary as { tiers?: object; groups?: object; screening?: object } | undefined;
    log(
      `Classified ${classified.processed} customers: tiers ${JSON.stringify(summary?.tiers ?? {})}, value groups ${JSON.stringify(summary?.groups ?? {})}, prospect screening ${JSON.stringify(summary?.screening ?? {})}.`,
    );
  },
});

// Public surface of the customers lib: its module, public services, events and DTO types.
import './i18n/messages';
export * from './customers.module';
export * from './customers.queues';
export * from './permissions';
export * from './database/migrations';
export * from './customers/customer.entity';
export * from './customers/customer.enums';
export * from './customers/customer.events';
export * from './customers/customer-access.service';
export * from './customers/customers.service';
export * from './customers/dto/customer.dto';
export * from './dictionary/dictionary-entry.entity';
export * from './dictionary/dictionary.service';
export * from './dictionary/dto/dictionary-entry.dto';
export * from './lifecycle/lifecycle-change.entity';
export * from './lifecycle/lifecycle.service';
export * from './lifecycle/dto/lifecycle-change.dto';
export * from './contacts/contact.entity';
export * from './contacts/contacts.service';
export * from './contacts/dto/contact.dto';
export * from './interactions/interaction.entity';
export * from './interactions/interactions.service';
export * from './interactions/dto/interaction.dto';
export * from './timeline/timeline.service';
export * from './timeline/timeline-source';
export * from './timeline/dto/timeline-item.dto';
export * from './search/search.service';
export * from './search/search-source';
export * from './search/dto/search-result.dto';
export * from './duplicates/dto/duplicate-group.dto';
export * from './duplicates/match-keys';
// products/orders/payments/deliveries/classification exports
export * from './products/product-line.entity';
export * from './products/product-category.entity';
export * from './products/product.entity';
export * from './products/products.service';
export * from './products/dto/product.dto';
export * from './products/dto/product-line.dto';
export * from './products/dto/product-category.dto';
export * from './orders/order.entity';
export * from './orders/order-line.entity';
export * from './orders/order.events';
export * from './orders/orders.service';
export * from './orders/order-workflow.service';
export * from './orders/dto/order.dto';
export * from './deliveries/delivery.entity';
export * from './deliveries/dto/delivery.dto';
export * from './payments/payment.entity';
export * from './payments/payments.service';
export * from './payments/dto/payment.dto';
export * from './classification/classification.jobs';
export * from './classification/classification.service';
export * from './classification/customers-worker.module';
// import/export exports
export * from './import-export/data-import.entity';
export * from './import-export/dto/import.dto';
export * from './import-export/imports.service';
export * from './import-export/imports.jobs';
export * from './import-export/import.events';
export * from './import-export/import-jobs.module';
export * from './import-export/exports.service';
export * from './import-export/import-export.registry';
export * from './import-export/importers/importer';
export type { ImportColumn, ValueType } from './import-export/import-columns';
export * from './demo/customers-demo';
