import { MigrationInterface, QueryRunner } from 'typeorm';

// Product catalog (lines → categories → products), orders with their lines, deliveries and payments.
export class ProductsOrders1763900002000 implements MigrationInterface {
  name = 'ProductsOrders1763900002000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE product_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        description text,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_product_lines_code ON product_lines (code)`);
    await q.query(`CREATE INDEX ix_product_lines_name ON product_lines (name)`);
    await q.query(`CREATE INDEX ix_product_lines_active ON product_lines (active)`);

    await q.query(`
      CREATE TABLE product_categories (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        line_id uuid NOT NULL CONSTRAINT fk_product_categories_line REFERENCES product_lines(id) ON DELETE RESTRICT,
        code text NOT NULL,
        name text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_product_categories_code ON product_categories (code)`);
    await q.query(`CREATE INDEX ix_product_categories_line_id ON product_categories (line_id)`);
    await q.query(`CREATE INDEX ix_product_categories_name ON product_categories (name)`);
    await q.query(`CREATE INDEX ix_product_categories_active ON product_categories (active)`);

    await q.query(`
      CREATE TABLE products (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        model text,
        unit text,
        category_id uuid CONSTRAINT fk_products_category REFERENCES product_categories(id) ON DELETE RESTRICT,
        list_price numeric(14,2) NOT NULL,
        cost numeric(14,2),
        stock_on_hand integer NOT NULL DEFAULT 0,
        status text NOT NULL DEFAULT 'active',
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_products_list_price CHECK (list_price >= 0),
        CONSTRAINT ck_products_cost CHECK (cost >= 0),
        CONSTRAINT ck_products_stock_on_hand CHECK (stock_on_hand >= 0),
        CONSTRAINT ck_products_status CHECK (status IN ('active','discontinued'))
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_products_code ON products (code)`);
    await q.query(`CREATE INDEX ix_products_category_id ON products (category_id)`);
    await q.query(`CREATE INDEX ix_products_status ON products (status)`);
    await q.query(`CREATE INDEX ix_products_name ON products (name)`);
    await q.query(`CREATE INDEX ix_products_list_price ON products (list_price)`);
    await q.query(`CREATE INDEX ix_products_stock_on_hand ON products (stock_on_hand)`);
    await q.query(`CREATE INDEX ix_products_created_at ON products (created_at)`);
    await q.query(`CREATE INDEX ix_products_code_trgm ON products USING gin (code gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_products_name_trgm ON products USING gin (name gin_trgm_ops)`);

    // Generated numbers (SO-2026-000123) take the next value; hand-entered numbers may use any format.
    await q.query(`CREATE SEQUENCE order_number_seq`);
    await q.query(`
      CREATE TABLE orders (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        number text NOT NULL,
        customer_id uuid NOT NULL CONSTRAINT fk_orders_customer REFERENCES customers(id) ON DELETE RESTRICT,
        owner_id uuid CONSTRAINT fk_orders_owner REFERENCES users(id) ON DELETE SET NULL,
        order_date date NOT NULL,
        status text NOT NULL DEFAULT 'draft',
        subtotal numeric(14,2) NOT NULL DEFAULT 0,
        discount_total numeric(14,2) NOT NULL DEFAULT 0,
        total numeric(14,2) NOT NULL DEFAULT 0,
        paid_amount numeric(14,2) NOT NULL DEFAULT 0,
        currency text NOT NULL DEFAULT 'CNY',
        terms text,
        start_date date,
        end_date date,
        signed_by text,
        signed_at timestamptz,
        notes text,
        delivery_status text NOT NULL DEFAULT 'pending',
        delivered_at timestamptz,
        confirmed_at timestamptz,
        completed_at timestamptz,
        cancelled_at timestamptz,
        cancel_reason text,
        created_by_id uuid CONSTRAINT fk_orders_created_by REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_orders_status CHECK (status IN ('draft','confirmed','delivered','completed','cancelled')),
        CONSTRAINT ck_orders_delivery_status CHECK (delivery_status IN ('pending','partial','delivered','returned')),
        CONSTRAINT ck_orders_currency CHECK (currency ~ '^[A-Z]{3}$'),
        CONSTRAINT ck_orders_amounts CHECK (subtotal >= 0 AND discount_total >= 0 AND total >= 0 AND total = subtotal - discount_total),
        CONSTRAINT ck_orders_paid_amount CHECK (paid_amount >= 0 AND paid_amount <= total),
        CONSTRAINT ck_orders_contract_dates CHECK (end_date >= start_date)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_orders_number ON orders (number)`);
    await q.query(`CREATE INDEX ix_orders_customer_id ON orders (customer_id, order_date)`);
    await q.query(`CREATE INDEX ix_orders_owner_id ON orders (owner_id)`);
    await q.query(`CREATE INDEX ix_orders_created_by_id ON orders (created_by_id)`);
    await q.query(`CREATE INDEX ix_orders_status ON orders (status)`);
    await q.query(`CREATE INDEX ix_orders_order_date ON orders (order_date)`);
    await q.query(`CREATE INDEX ix_orders_total ON orders (total)`);
    await q.query(`CREATE INDEX ix_orders_created_at ON orders (created_at)`);
    await q.query(`CREATE INDEX ix_orders_number_trgm ON orders USING gin (number gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE order_lines (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL CONSTRAINT fk_order_lines_order REFERENCES orders(id) ON DELETE CASCADE,
        position integer NOT NULL,
        product_id uuid NOT NULL CONSTRAINT fk_order_lines_product REFERENCES products(id) ON DELETE RESTRICT,
        product_name text NOT NULL,
        quantity integer NOT NULL,
        unit_price numeric(14,2) NOT NULL,
        discount numeric(5,2) NOT NULL DEFAULT 0,
        line_total numeric(14,2) NOT NULL,
        CONSTRAINT ck_order_lines_quantity CHECK (quantity > 0),
        CONSTRAINT ck_order_lines_unit_price CHECK (unit_price >= 0),
        CONSTRAINT ck_order_lines_discount CHECK (discount BETWEEN 0 AND 100),
        CONSTRAINT ck_order_lines_line_total CHECK (line_total >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_order_lines_position ON order_lines (order_id, position)`);
    await q.query(`CREATE INDEX ix_order_lines_product_id ON order_lines (product_id)`);

    await q.query(`
      CREATE TABLE deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL CONSTRAINT fk_deliveries_order REFERENCES orders(id) ON DELETE CASCADE,
        delivered_at timestamptz NOT NULL,
        status text NOT NULL,
        note text,
        created_by_id uuid CONSTRAINT fk_deliveries_created_by REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_deliveries_status CHECK (status IN ('partial','delivered','returned'))
      )`);
    await q.query(`CREATE INDEX ix_deliveries_order_id ON deliveries (order_id, delivered_at)`);
    await q.query(`CREATE INDEX ix_deliveries_created_by_id ON deliveries (created_by_id)`);

    await q.query(`
      CREATE TABLE payments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        order_id uuid NOT NULL CONSTRAINT fk_payments_order REFERENCES orders(id) ON DELETE RESTRICT,
        customer_id uuid NOT NULL CONSTRAINT fk_payments_customer REFERENCES customers(id) ON DELETE RESTRICT,
        amount numeric(14,2) NOT NULL,
        paid_at timestamptz NOT NULL,
        method text NOT NULL,
        account text,
        reference text,
        handled_by_id uuid CONSTRAINT fk_payments_handled_by REFERENCES users(id) ON DELETE SET NULL,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_payments_amount CHECK (amount > 0)
      )`);
    await q.query(`CREATE INDEX ix_payments_order_id ON payments (order_id)`);
    await q.query(`CREATE INDEX ix_payments_customer_id ON payments (customer_id, paid_at)`);
    await q.query(`CREATE INDEX ix_payments_handled_by_id ON payments (handled_by_id)`);
    await q.query(`CREATE INDEX ix_payments_paid_at ON payments (paid_at)`);
    await q.query(`CREATE INDEX ix_payments_method ON payments (method)`);
    await q.query(`CREATE INDEX ix_payments_amount ON payments (amount)`);
    await q.query(`CREATE INDEX ix_payments_created_at ON payments (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE payments`);
    await q.query(`DROP TABLE deliveries`);
    await q.query(`DROP TABLE order_lines`);
    await q.query(`DROP TABLE orders`);
    await q.query(`DROP SEQUENCE order_number_seq`);
    await q.query(`DROP TABLE products`);
    await q.query(`DROP TABLE product_categories`);
    await q.query(`DROP TABLE product_lines`);
  }
}
