import { useMigrationDatabase } from '@crm/server-core/testing';
import { LifecycleReasonKeys1763900007700 } from './migrations/1763900007700-lifecycle-reason-keys';

// Existing English reasons the server wrote get their key on the way up; going down drops the keys
// and keeps the text.
describe('lifecycle reason keys migration', () => {
  const db = useMigrationDatabase('reason_mig');

  const columns = async () =>
    (
      await db.ds.query(
        `SELECT column_name FROM information_schema.columns
         WHERE table_name = 'customer_lifecycle_changes' AND column_name LIKE 'reason%' ORDER BY 1`,
      )
    ).map((r: { column_name: string }) => r.column_name);

  it('maps known texts on the way up and goes down without losing the text', async () => {
    const migration = new LifecycleReasonKeys1763900007700();
    await migration.down(db.q);
    expect(await columns()).toEqual(['reason']);
    const [{ id: customerId }] = await db.ds.query(
      `INSERT INTO customers (code, name) VALUES ('MIG-R1', 'Old history') RETURNING id`,
    );
    const insert = (reason: string, origin: string, to = 'formation') =>
      db.ds.query(
        `INSERT INTO customer_lifecycle_changes (customer_id, to_stage, reason, origin) VALUES ($1, $2, $3, $4)`,
        [customerId, to, reason, origin],
      );
    await insert('Customer created', 'created', 'exploration');
    await insert('First order SO-2026-000042 confirmed', 'rule');
    await insert('classification job', 'rule', 'stability');
    await insert('Changed on the customer record', 'edit', 'decline');
    await insert('First order of the year confirmed by phone', 'manual');

    await migration.up(db.q);
    expect(await columns()).toEqual(['reason', 'reason_key', 'reason_params']);
    const rows = await db.ds.query(
      `SELECT reason, reason_key, reason_params FROM customer_lifecycle_changes WHERE customer_id = $1 ORDER BY reason_key NULLS LAST`,
      [customerId],
    );
    expect(rows).toEqual([
      { reason: 'classification job', reason_key: 'classification', reason_params: null },
      { reason: 'Customer created', reason_key: 'customer_created', reason_params: null },
      { reason: 'Changed on the customer record', reason_key: 'customer_edited', reason_params: null },
      {
        reason: 'First order SO-2026-000042 confirmed',
        reason_key: 'first_order_confirmed',
        reason_params: { number: 'SO-2026-000042' },
      },
      { reason: 'First order of the year confirmed by phone', reason_key: null, reason_params: null },
    ]);

    await migration.down(db.q);
    expect(await columns()).toEqual(['reason']);
    const [{ n }] = await db.ds.query(
      `SELECT count(*)::int AS n FROM customer_lifecycle_changes WHERE customer_id = $1`,
      [customerId],
    );
    expect(n).toBe(5);
    await migration.up(db.q);
  });
});
