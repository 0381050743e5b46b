import { CustomersSchema1763900000000 } from './1763900000000-customers-schema';
import { DictionarySeed1763900001000 } from './1763900001000-dictionary-seed';
import { ProductsOrders1763900002000 } from './1763900002000-products-orders';
import { Imports1763900004000 } from './1763900004000-imports';
import { ProspectScreening1763900005000 } from './1763900005000-prospect-screening';
import { CustomerSearchText1763900006000 } from './1763900006000-customer-search-text';
import { LifecycleReasonKeys1763900007700 } from './1763900007700-lifecycle-reason-keys';
import { ImportEntitiesRegistry1763900009000 } from './1763900009000-import-entities-registry';

// Every migration of the customers lib, in order; the apps append them after the core's.
export const customersMigrations = [
  CustomersSchema1763900000000,
  DictionarySeed1763900001000,
  ProductsOrders1763900002000,
  Imports1763900004000,
  ProspectScreening1763900005000,
  CustomerSearchText1763900006000,
  LifecycleReasonKeys1763900007700,
  ImportEntitiesRegistry1763900009000,
];
