import { AuthUser, ListQueryDto } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { ContactsService } from '../contacts/contacts.service';
import { ContactDto } from '../contacts/dto/contact.dto';
import { ListContactsQueryDto } from '../contacts/dto/list-contacts-query.dto';
import { CustomersService } from '../customers/customers.service';
import { CustomerDto } from '../customers/dto/customer.dto';
import { ListCustomersQueryDto } from '../customers/dto/list-customers-query.dto';
import { InteractionDto } from '../interactions/dto/interaction.dto';
import { ListInteractionsQueryDto } from '../interactions/dto/list-interactions-query.dto';
import { InteractionsService } from '../interactions/interactions.service';
import { ListOrdersQueryDto } from '../orders/dto/order-inputs.dto';
import { OrderDto } from '../orders/dto/order.dto';
import { OrdersService } from '../orders/orders.service';
import { ListPaymentsQueryDto } from '../payments/dto/payment-inputs.dto';
import { PaymentDto } from '../payments/dto/payment.dto';
import { PaymentsService } from '../payments/payments.service';
import { ListProductsQueryDto } from '../products/dto/product-inputs.dto';
import { ProductDto } from '../products/dto/product.dto';
import { ProductsService } from '../products/products.service';
import { Exportable, ExportSource } from './import-export.registry';

// The customers lib's exportable lists: each reads through its list service (same filters, same
// visibility as the list endpoint).

@Injectable()
@Exportable({
  name: 'customers',
  label: 'records.customers',
  permission: 'customers.export',
  query: ListCustomersQueryDto,
  dto: CustomerDto,
  numeric: ['totalRevenue'],
})
export class CustomersExportSource implements ExportSource {
  constructor(@Inject(CustomersService) private readonly customers: CustomersService) {}
  list(query: ListQueryDto, user: AuthUser) {
    return this.customers.listCustomers(query as ListCustomersQueryDto, user);
  }
}

@Injectable()
@Exportable({
  name: 'contacts',
  label: 'records.contacts',
  permission: 'customers.export',
  query: ListContactsQueryDto,
  dto: ContactDto,
})
export class ContactsExportSource implements ExportSource {
  constructor(@Inject(ContactsService) private readonly contacts: ContactsService) {}
  list(query: ListQueryDto, user: AuthUser) {
    return this.contacts.listContacts(query as ListContactsQueryDto, user);
  }
}

@Injectable()
@Exportable({
  name: 'interactions',
  label: 'records.interactions',
  permission: 'customers.export',
  query: ListInteractionsQueryDto,
  dto: InteractionDto,
})
export class InteractionsExportSource implements ExportSource {
  constructor(@Inject(InteractionsService) private readonly interactions: InteractionsService) {}
  list(query: ListQueryDto, user: AuthUser) {
    return this.interactions.listInteractions(query as ListInteractionsQueryDto, user);
  }
}

@Injectable()
@Exportable({
  name: 'products',
  label: 'records.products',
  permission: 'products.read',
  query: ListProductsQueryDto,
  dto: ProductDto,
  numeric: ['listPrice', 'cost'],
})
export class ProductsExportSource implements ExportSource {
  constructor(@Inject(ProductsService) private readonly products: ProductsService) {}
  list(query: ListQueryDto) {
    return this.products.listProducts(query as ListProductsQueryDto);
  }
}

@Injectable()
@Exportable({
  name: 'orders',
  label: 'records.orders',
  permission: 'orders.export',
  query: ListOrdersQueryDto,
  dto: OrderDto,
  numeric: ['subtotal', 'discountTotal', 'total', 'paidAmount', 'outstandingAmount'],
})
export class OrdersExportSource implements ExportSource {
  constructor(@Inject(OrdersService) private readonly orders: OrdersService) {}
  list(query: ListQueryDto, user: AuthUser) {
    return this.orders.listOrders(query as ListOrdersQueryDto, user);
  }
}

@Injectable()
@Exportable({
  name: 'payments',
  label: 'records.payments',
  permission: 'orders.export',
  query: ListPaymentsQueryDto,
  dto: PaymentDto,
  numeric: ['amount'],
})
export class PaymentsExportSource implements ExportSource {
  constructor(@Inject(PaymentsService) private readonly payments: PaymentsService) {}
  list(query: ListQueryDto, user: AuthUser) {
    return this.payments.listPayments(query as ListPaymentsQueryDto, user);
  }
}
