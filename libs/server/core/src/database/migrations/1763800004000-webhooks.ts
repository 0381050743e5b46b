import { MigrationInterface, QueryRunner } from 'typeorm';

// Outgoing webhooks: subscriptions, deliveries (one per event and webhook) and their attempts.
export class Webhooks1763800004000 implements MigrationInterface {
  name = 'Webhooks1763800004000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhooks (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        active boolean NOT NULL DEFAULT true,
        description text,
        failure_count integer NOT NULL DEFAULT 0,
        disabled_at timestamptz,
        last_delivery_at timestamptz,
        created_by_id uuid CONSTRAINT fk_webhooks_created_by REFERENCES users(id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        CONSTRAINT ck_webhooks_events CHECK (cardinality(events) > 0),
        CONSTRAINT ck_webhooks_failure_count CHECK (failure_count >= 0)
      )`);
    await q.query(`CREATE INDEX ix_webhooks_created_by_id ON webhooks (created_by_id)`);
    await q.query(`
      CREATE TABLE webhook_deliveries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        webhook_id uuid NOT NULL CONSTRAINT fk_webhook_deliveries_webhook REFERENCES webhooks(id) ON DELETE CASCADE,
        event text NOT NULL,
        data jsonb NOT NULL,
        occurred_at timestamptz NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        attempt integer NOT NULL DEFAULT 0,
        response_status integer,
        response_body text,
        error text,
        duration_ms integer,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        CONSTRAINT ck_webhook_deliveries_status CHECK (status IN ('pending', 'succeeded', 'failed'))
      )`);
    // A webhook's log, newest first; the nightly purge by age.
    await q.query(
      `CREATE INDEX ix_webhook_deliveries_webhook_id_created_at ON webhook_deliveries (webhook_id, created_at DESC)`,
    );
    await q.query(`CREATE INDEX ix_webhook_deliveries_created_at ON webhook_deliveries (created_at)`);
    await q.query(`
      CREATE TABLE webhook_delivery_attempts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        delivery_id uuid NOT NULL
          CONSTRAINT fk_webhook_delivery_attempts_delivery REFERENCES webhook_deliveries(id) ON DELETE CASCADE,
        attempt integer NOT NULL,
        succeeded boolean NOT NULL,
        response_status integer,
        response_body text,
        error text,
        duration_ms integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_webhook_delivery_attempts_delivery_id ON webhook_delivery_attempts (delivery_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_delivery_attempts`);
    await q.query(`DROP TABLE webhook_deliveries`);
    await q.query(`DROP TABLE webhooks`);
  }
}
