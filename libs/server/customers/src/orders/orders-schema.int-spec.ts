import { Department, StoredFile, User, dataSourceOptions } from '@crm/server-core';
import { adminQuery, withDatabase } from '@crm/server-core/testing';
import { DataSource, DataSourceOptions } from 'typeorm';
import { Customer } from '../customers/customer.entity';
import { Delivery } from '../deliveries/delivery.entity';
import { Payment } from '../payments/payment.entity';
import { ProductCategory } from '../products/product-category.entity';
import { ProductLine } from '../products/product-line.entity';
import { Product } from '../products/product.entity';
import { OrderLine } from './order-line.entity';
import { Order } from './order.entity';

// The entities and the hand-written migrations must describe the same schema: migration generation
// would otherwise produce a diff (CI fails on that).
describe('products, orders, payments and files schema', () => {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const db = `crm_test_oschema_${process.pid}_${Date.now()}`;
  let ds: DataSource;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${db} TEMPLATE ${process.env.CRM_TEST_TEMPLATE}`);
    ds = new DataSource({
      ...(dataSourceOptions(withDatabase(adminUrl, db), []) as DataSourceOptions),
      entities: [
        ProductLine,
        ProductCategory,
        Product,
        Order,
        OrderLine,
        Delivery,
        Payment,
        StoredFile,
        Customer,
        User,
        Department,
      ],
    });
    await ds.initialize();
  });

  afterAll(async () => {
    await ds.destroy();
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });

  it('has no difference between the entities and the migrated tables', async () => {
    const { upQueries } = await ds.driver.createSchemaBuilder().log();
    const ours = /"?(product_lines|product_categories|products|orders|order_lines|deliveries|payments|files)"?[ .(]/;
    expect(upQueries.map((q) => q.query).filter((q) => ours.test(q))).toEqual([]);
  });
});
