import { MigrationInterface, QueryRunner } from 'typeorm';

// Lifecycle reasons the server wrote as English text become a message key with parameters, so the
// admin shows them in the reader's language (ADR 0026). Existing rows with a known text are mapped;
// the text itself stays in `reason`, so going down loses nothing.
export class LifecycleReasonKeys1763900007700 implements MigrationInterface {
  name = 'LifecycleReasonKeys1763900007700';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_lifecycle_changes ADD COLUMN reason_key text, ADD COLUMN reason_params jsonb`);
    await q.query(
      `UPDATE customer_lifecycle_changes SET reason_key = 'customer_created' WHERE reason = 'Customer created'`,
    );
    await q.query(
      `UPDATE customer_lifecycle_changes SET reason_key = 'customer_edited'
       WHERE reason = 'Changed on the customer record'`,
    );
    await q.query(
      `UPDATE customer_lifecycle_changes SET reason_key = 'classification' WHERE reason = 'classification job'`,
    );
    await q.query(
      `UPDATE customer_lifecycle_changes
       SET reason_key = 'first_order_confirmed',
           reason_params = jsonb_build_object('number', substring(reason FROM '^First order (.+) confirmed$'))
       WHERE reason ~ '^First order .+ confirmed$' AND origin = 'rule'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customer_lifecycle_changes DROP COLUMN reason_params, DROP COLUMN reason_key`);
  }
}
