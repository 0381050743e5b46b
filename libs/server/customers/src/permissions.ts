import { definePermissions, PermissionCatalog, Role } from '@crm/server-core';
import { Injectable } from '@nestjs/common';

const { Executive, SalesManager, AccountManager, Marketer, ServiceAgent, CallAgent } = Role;
// Everyone reads customer data (which customers a user sees is record visibility, ADR 0007).
const EVERYONE = [Executive, SalesManager, AccountManager, Marketer, ServiceAgent, CallAgent];
const SALES = [SalesManager, AccountManager];

// The customers lib's permissions and the roles holding them; admin holds every permission.
export const CUSTOMERS_PERMISSIONS = definePermissions({
  'customers.read': {
    description: 'Read the customers you can see, with their contacts, interactions, timeline and lifecycle',
    roles: EVERYONE,
  },
  'customers.write': {
    description: 'Create and change the customers you can see (owner, status, tags, lifecycle stage)',
    roles: SALES,
  },
  'customers.delete': { description: 'Move the customers you can see to the bin', roles: SALES },
  'customers.restore': { description: 'Open the bin and restore customers from it', roles: [] },
  'customers.export': {
    description: 'Export the customers you can see, their contacts and interactions',
    roles: [Executive, SalesManager, AccountManager, Marketer, ServiceAgent],
  },
  'customers.classify': { description: 'Run the customer classification now', roles: [] },
  'duplicates.merge': { description: 'Find duplicate customers and merge them', roles: [SalesManager] },
  'contacts.write': {
    description: 'Add, change and delete the contacts of the customers you can see',
    roles: SALES,
  },
  'contacts.create': {
    description: 'Add contacts to the customers you can see (without changing existing ones)',
    roles: [ServiceAgent, CallAgent],
  },
  'interactions.write': {
    description: 'Record and change interactions with the customers you can see',
    roles: [SalesManager, AccountManager, Marketer, ServiceAgent, CallAgent],
  },
  'interactions.delete.own': {
    description: 'Delete the interactions you recorded yourself (you are their staff member)',
    roles: [AccountManager, Marketer, ServiceAgent, CallAgent],
  },
  'interactions.delete.any': {
    description: "Delete any interaction of the customers you can see, also other staff's",
    roles: [SalesManager],
  },
  'products.read': { description: 'Read products, product lines and categories', roles: EVERYONE },
  'products.write': { description: 'Create, change and retire products', roles: [SalesManager] },
  'catalog.manage': { description: 'Manage product lines and product categories', roles: [] },
  'orders.read': {
    description: 'Read the orders, payments and deliveries of the customers you can see',
    roles: EVERYONE,
  },
  'orders.write': {
    description: 'Create, change, deliver, complete and cancel orders of the customers you can see',
    roles: SALES,
  },
  'orders.confirm': { description: 'Confirm orders (locks their lines and takes stock)', roles: SALES },
  'orders.export': { description: 'Export the orders and payments you can see', roles: EVERYONE },
  'payments.write': { description: 'Record and change payments on orders you can see', roles: SALES },
  'payments.delete': { description: 'Delete payments', roles: [SalesManager] },
  'imports.run': { description: 'Import customers, contacts and orders from CSV/XLSX files', roles: SALES },
  'imports.products': { description: 'Import products from CSV/XLSX files', roles: [] },
  'imports.read.any': { description: "See every user's imports, not only your own", roles: [] },
  'dictionary.manage': { description: 'Manage the data dictionary (industries, regions, types…)', roles: [] },
});

export type CustomersPermission = keyof typeof CUSTOMERS_PERMISSIONS;

@PermissionCatalog({ name: 'customers', permissions: CUSTOMERS_PERMISSIONS })
@Injectable()
export class CustomersPermissions {}
