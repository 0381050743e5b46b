import { MigrationInterface, QueryRunner } from 'typeorm';

// Data dictionary, customers, their lifecycle history, contacts and interactions.
export class CustomersSchema1763900000000 implements MigrationInterface {
  name = 'CustomersSchema1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE dictionary_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        type text NOT NULL,
        key text NOT NULL,
        label_en text NOT NULL,
        label_zh text NOT NULL,
        sort_order integer NOT NULL DEFAULT 0,
        active boolean NOT NULL DEFAULT true,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_dictionary_entries_type CHECK (type ~ '^[a-z][a-z0-9_]{0,49}$'),
        CONSTRAINT ck_dictionary_entries_key CHECK (key ~ '^[a-z0-9][a-z0-9_]{0,63}$')
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_dictionary_entries_type_key ON dictionary_entries (type, key)`);
    await q.query(`CREATE INDEX ix_dictionary_entries_type_sort_order ON dictionary_entries (type, sort_order)`);
    await q.query(`CREATE INDEX ix_dictionary_entries_active ON dictionary_entries (active)`);

    // Generated codes (C-000123) come from this sequence; hand-entered codes may use any format.
    await q.query(`CREATE SEQUENCE customer_code_seq`);
    await q.query(`
      CREATE TABLE customers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL,
        name text NOT NULL,
        kind text NOT NULL DEFAULT 'enterprise',
        industry text,
        region text,
        source text,
        address text,
        phone text,
        email text,
        website text,
        owner_id uuid CONSTRAINT fk_customers_owner REFERENCES users(id) ON DELETE SET NULL,
        credit_rating smallint,
        satisfaction smallint,
        status text NOT NULL DEFAULT 'prospect',
        tags text[] NOT NULL DEFAULT '{}',
        custom_fields jsonb NOT NULL DEFAULT '{}',
        value_tier text,
        abc_class text,
        value_group text,
        stability text,
        behaviour text,
        consumption_trait text,
        social_style text,
        relationship_level text,
        lifecycle_stage text NOT NULL DEFAULT 'exploration',
        classification_overrides text[] NOT NULL DEFAULT '{}',
        first_order_at timestamptz,
        last_order_at timestamptz,
        order_count integer NOT NULL DEFAULT 0,
        total_revenue numeric(14,2) NOT NULL DEFAULT 0,
        name_key text,
        phone_key text,
        phone_digits text,
        email_key text,
        merged_into_id uuid CONSTRAINT fk_customers_merged_into REFERENCES customers(id) ON DELETE SET NULL,
        deleted_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_customers_kind CHECK (kind IN ('consumer','enterprise','channel','internal','public_interest')),
        CONSTRAINT ck_customers_status CHECK (status IN ('prospect','active','inactive','lost')),
        CONSTRAINT ck_customers_credit_rating CHECK (credit_rating BETWEEN 1 AND 5),
        CONSTRAINT ck_customers_satisfaction CHECK (satisfaction BETWEEN 1 AND 5),
        CONSTRAINT ck_customers_custom_fields CHECK (jsonb_typeof(custom_fields) = 'object'),
        CONSTRAINT ck_customers_value_tier CHECK (value_tier IN ('vip','major','ordinary','small')),
        CONSTRAINT ck_customers_abc_class CHECK (abc_class IN ('A','B','C')),
        CONSTRAINT ck_customers_value_group CHECK (value_group IN ('mvc','mgc','bz')),
        CONSTRAINT ck_customers_stability CHECK (stability IN ('potential','new','repeat','loyal')),
        CONSTRAINT ck_customers_behaviour CHECK (behaviour IN ('loyal','disloyal','newly_acquired','newly_developed','occasional','lost')),
        CONSTRAINT ck_customers_consumption_trait CHECK (consumption_trait IN ('lighthouse','follower','rational','profit_seeking')),
        CONSTRAINT ck_customers_social_style CHECK (social_style IN ('driver','expressive','amiable','analytical')),
        CONSTRAINT ck_customers_relationship_level CHECK (relationship_level IN ('basic','reactive','accountable','proactive','partnership')),
        CONSTRAINT ck_customers_lifecycle_stage CHECK (lifecycle_stage IN ('exploration','formation','stability','decline','terminated')),
        CONSTRAINT ck_customers_classification_overrides CHECK (classification_overrides <@ ARRAY['valueTier','abcClass','valueGroup','stability','behaviour','lifecycleStage']::text[]),
        CONSTRAINT ck_customers_order_count CHECK (order_count >= 0),
        CONSTRAINT ck_customers_not_merged_into_self CHECK (merged_into_id <> id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_customers_code ON customers (code)`);
    await q.query(`CREATE INDEX ix_customers_owner_id ON customers (owner_id)`);
    await q.query(`CREATE INDEX ix_customers_merged_into_id ON customers (merged_into_id)`);
    await q.query(`CREATE INDEX ix_customers_deleted_at ON customers (deleted_at)`);
    // Filters the list offers.
    for (const column of [
      'kind',
      'industry',
      'region',
      'source',
      'status',
      'value_tier',
      'abc_class',
      'value_group',
      'stability',
      'behaviour',
      'consumption_trait',
      'social_style',
      'relationship_level',
      'lifecycle_stage',
    ]) {
      await q.query(`CREATE INDEX ix_customers_${column} ON customers (${column})`);
    }
    await q.query(`CREATE INDEX ix_customers_tags ON customers USING gin (tags)`);
    // Sorts the list offers (code is covered by its unique index; value tier by its filter index).
    await q.query(`CREATE INDEX ix_customers_name ON customers (name)`);
    await q.query(`CREATE INDEX ix_customers_created_at ON customers (created_at)`);
    await q.query(`CREATE INDEX ix_customers_last_order_at ON customers (last_order_at)`);
    await q.query(`CREATE INDEX ix_customers_total_revenue ON customers (total_revenue)`);
    // Free-text search: ILIKE '%q%' on these is served by trigram indexes.
    await q.query(`CREATE INDEX ix_customers_name_trgm ON customers USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_customers_code_trgm ON customers USING gin (code gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_customers_phone_digits_trgm ON customers USING gin (phone_digits gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_customers_email_trgm ON customers USING gin (email gin_trgm_ops)`);
    // Duplicate detection groups live customers by these normalised keys.
    await q.query(`CREATE INDEX ix_customers_name_key ON customers (name_key) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_customers_phone_key ON customers (phone_key) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ix_customers_email_key ON customers (email_key) WHERE deleted_at IS NULL`);

    await q.query(`
      CREATE TABLE customer_lifecycle_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL CONSTRAINT fk_customer_lifecycle_changes_customer REFERENCES customers(id) ON DELETE CASCADE,
        from_stage text,
        to_stage text NOT NULL,
        reason text NOT NULL,
        origin text NOT NULL,
        actor_id uuid CONSTRAINT fk_customer_lifecycle_changes_actor REFERENCES users(id) ON DELETE SET NULL,
        actor_name text,
        occurred_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_customer_lifecycle_changes_from_stage CHECK (from_stage IN ('exploration','formation','stability','decline','terminated')),
        CONSTRAINT ck_customer_lifecycle_changes_to_stage CHECK (to_stage IN ('exploration','formation','stability','decline','terminated')),
        CONSTRAINT ck_customer_lifecycle_changes_origin CHECK (origin IN ('created','manual','edit','rule'))
      )`);
    await q.query(
      `CREATE INDEX ix_customer_lifecycle_changes_customer_id ON customer_lifecycle_changes (customer_id, occurred_at)`,
    );
    await q.query(`CREATE INDEX ix_customer_lifecycle_changes_actor_id ON customer_lifecycle_changes (actor_id)`);

    await q.query(`
      CREATE TABLE contacts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL CONSTRAINT fk_contacts_customer REFERENCES customers(id) ON DELETE CASCADE,
        name text NOT NULL,
        gender text,
        title text,
        mobile text,
        phone text,
        email text,
        is_primary boolean NOT NULL DEFAULT false,
        buying_role text,
        preferences text,
        notes text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_contacts_gender CHECK (gender IN ('male','female','other')),
        CONSTRAINT ck_contacts_buying_role CHECK (buying_role IN ('user','influencer','decider','approver','buyer','gatekeeper'))
      )`);
    await q.query(`CREATE INDEX ix_contacts_customer_id ON contacts (customer_id)`);
    // At most one primary contact per customer.
    await q.query(`CREATE UNIQUE INDEX uq_contacts_primary ON contacts (customer_id) WHERE is_primary`);
    await q.query(`CREATE INDEX ix_contacts_name ON contacts (name)`);
    await q.query(`CREATE INDEX ix_contacts_created_at ON contacts (created_at)`);
    await q.query(`CREATE INDEX ix_contacts_name_trgm ON contacts USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_contacts_email_trgm ON contacts USING gin (email gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_contacts_mobile_trgm ON contacts USING gin (mobile gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_contacts_phone_trgm ON contacts USING gin (phone gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE interactions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        customer_id uuid NOT NULL CONSTRAINT fk_interactions_customer REFERENCES customers(id) ON DELETE CASCADE,
        contact_id uuid CONSTRAINT fk_interactions_contact REFERENCES contacts(id) ON DELETE SET NULL,
        occurred_at timestamptz NOT NULL,
        type text NOT NULL,
        place text,
        summary text NOT NULL,
        details text,
        outcome text,
        next_step text,
        next_step_at timestamptz,
        staff_id uuid CONSTRAINT fk_interactions_staff REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX ix_interactions_customer_id ON interactions (customer_id, occurred_at)`);
    await q.query(`CREATE INDEX ix_interactions_contact_id ON interactions (contact_id)`);
    await q.query(`CREATE INDEX ix_interactions_staff_id ON interactions (staff_id)`);
    await q.query(`CREATE INDEX ix_interactions_type ON interactions (type)`);
    await q.query(`CREATE INDEX ix_interactions_occurred_at ON interactions (occurred_at)`);
    await q.query(`CREATE INDEX ix_interactions_next_step_at ON interactions (next_step_at)`);
    await q.query(`CREATE INDEX ix_interactions_summary_trgm ON interactions USING gin (summary gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE interactions`);
    await q.query(`DROP TABLE contacts`);
    await q.query(`DROP TABLE customer_lifecycle_changes`);
    await q.query(`DROP TABLE customers`);
    await q.query(`DROP SEQUENCE customer_code_seq`);
    await q.query(`DROP TABLE dictionary_entries`);
  }
}
