import './i18n/messages';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Contact } from './contacts/contact.entity';
import { ContactsController } from './contacts/contacts.controller';
import { ContactsService } from './contacts/contacts.service';
import { CustomerAccessService } from './customers/customer-access.service';
import { CustomerOverviewService } from './customers/customer-overview.service';
import { CustomersBulkService } from './customers/customers-bulk.service';
import { Customer } from './customers/customer.entity';
import { CustomersController } from './customers/customers.controller';
import { CustomersService } from './customers/customers.service';
import { CUSTOMERS_TILES } from './dashboard/customers.tiles';
import { CustomerNotificationsListener } from './notifications/customer-notifications.listener';
import { DictionaryEntry } from './dictionary/dictionary-entry.entity';
import { DictionaryController } from './dictionary/dictionary.controller';
import { DictionaryService } from './dictionary/dictionary.service';
import { CustomerMergeService } from './duplicates/customer-merge.service';
import { DuplicatesController } from './duplicates/duplicates.controller';
import { DuplicatesService } from './duplicates/duplicates.service';
import { Interaction } from './interactions/interaction.entity';
import { InteractionsController } from './interactions/interactions.controller';
import { InteractionsService } from './interactions/interactions.service';
import { LifecycleChange } from './lifecycle/lifecycle-change.entity';
import { LifecycleController } from './lifecycle/lifecycle.controller';
import { LifecycleService } from './lifecycle/lifecycle.service';
import { SearchController } from './search/search.controller';
import { SearchService } from './search/search.service';
import { TimelineController } from './timeline/timeline.controller';
import { TimelineService } from './timeline/timeline.service';
// products/orders/payments/deliveries/classification
import { ClassificationController } from './classification/classification.controller';
import { ClassificationService } from './classification/classification.service';
import { DeliveriesController } from './deliveries/deliveries.controller';
import { DeliveriesService } from './deliveries/deliveries.service';
import { Delivery } from './deliveries/delivery.entity';
import { OrderLine } from './orders/order-line.entity';
import { OrderMergeListener } from './orders/order-merge.listener';
import { OrderWorkflowService } from './orders/order-workflow.service';
import { Order } from './orders/order.entity';
import { OrdersController } from './orders/orders.controller';
import { OrdersService } from './orders/orders.service';
import { Payment } from './payments/payment.entity';
import { PaymentsController } from './payments/payments.controller';
import { PaymentsService } from './payments/payments.service';
import { ProductCatalogService } from './products/product-catalog.service';
import { ProductCategoriesController } from './products/product-categories.controller';
import { ProductCategory } from './products/product-category.entity';
import { ProductLine } from './products/product-line.entity';
import { ProductLinesController } from './products/product-lines.controller';
import { Product } from './products/product.entity';
import { ProductsController } from './products/products.controller';
import { ProductsService } from './products/products.service';
// import/export
import { DataImport } from './import-export/data-import.entity';
import { ExportsController } from './import-export/exports.controller';
import { ExportsService } from './import-export/exports.service';
import { ImportRunner } from './import-export/import-runner.service';
import { importUploads } from './import-export/import-upload';
import { ContactImporter } from './import-export/importers/contact.importer';
import { CustomerImporter } from './import-export/importers/customer.importer';
import { OrderImporter } from './import-export/importers/order.importer';
import { ProductImporter } from './import-export/importers/product.importer';
import { ImportsController } from './import-export/imports.controller';
import { ImportsService } from './import-export/imports.service';
import {
  ContactsExportSource,
  CustomersExportSource,
  InteractionsExportSource,
  OrdersExportSource,
  PaymentsExportSource,
  ProductsExportSource,
} from './import-export/export-sources';
import { ImportExportRegistry } from './import-export/import-export.registry';
import { ContactSearchSource } from './contacts/contacts.sources';
import { CustomerSearchSource } from './customers/customers.sources';
import { InteractionTimelineSource } from './interactions/interactions.sources';
import { LifecycleTimelineSource } from './lifecycle/lifecycle.sources';
import { OrderSearchSource, OrderTimelineSource } from './orders/orders.sources';
import { PaymentTimelineSource } from './payments/payments.sources';
import { CustomersPermissions } from './permissions';

// The shared customer record and everything hanging directly off it. Other modules use the
// exported services: CustomerAccessService for visibility of customer-linked records,
// @TimelineSource/@SearchSource to declare their sources, DictionaryService for keys and usages,
// LifecycleService.proposeStage for rules.
@Module({
  imports: [
    TypeOrmModule.forFeature([Customer, DictionaryEntry, LifecycleChange, Contact, Interaction]),
    TypeOrmModule.forFeature([ProductLine, ProductCategory, Product, Order, OrderLine, Delivery, Payment]),
    TypeOrmModule.forFeature([DataImport]),
    importUploads,
  ],
  controllers: [
    // Before CustomersController so /customers/duplicates is not taken for an id.
    DuplicatesController,
    ClassificationController,
    CustomersController,
    LifecycleController,
    TimelineController,
    ContactsController,
    InteractionsController,
    DictionaryController,
    SearchController,
    ProductLinesController,
    ProductCategoriesController,
    ProductsController,
    OrdersController,
    DeliveriesController,
    PaymentsController,
    ImportsController,
    ExportsController,
  ],
  providers: [
    CustomersPermissions,
    CustomerAccessService,
    CustomersService,
    CustomersBulkService,
    CustomerOverviewService,
    DictionaryService,
    LifecycleService,
    ContactsService,
    InteractionsService,
    TimelineService,
    SearchService,
    DuplicatesService,
    CustomerMergeService,
    ProductCatalogService,
    ProductsService,
    OrdersService,
    OrderWorkflowService,
    OrderMergeListener,
    DeliveriesService,
    PaymentsService,
    ClassificationService,
    CustomerImporter,
    ContactImporter,
    ProductImporter,
    OrderImporter,
    ImportRunner,
    ImportsService,
    ExportsService,
    ImportExportRegistry,
    // Declared exportable lists (the importers above declare their entities).
    CustomersExportSource,
    ContactsExportSource,
    InteractionsExportSource,
    ProductsExportSource,
    OrdersExportSource,
    PaymentsExportSource,
    ...CUSTOMERS_TILES,
    CustomerNotificationsListener,
    // Declared timeline and search sources (collected by TimelineService and SearchService).
    CustomerSearchSource,
    ContactSearchSource,
    InteractionTimelineSource,
    LifecycleTimelineSource,
    OrderTimelineSource,
    OrderSearchSource,
    PaymentTimelineSource,
  ],
  exports: [
    CustomerAccessService,
    CustomersService,
    DictionaryService,
    LifecycleService,
    ContactsService,
    InteractionsService,
    TimelineService,
    SearchService,
    ProductsService,
    OrdersService,
    OrderWorkflowService,
    PaymentsService,
    ClassificationService,
    ImportsService,
  ],
})
export class CustomersLibModule {}
