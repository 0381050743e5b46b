import { MigrationInterface, QueryRunner } from 'typeorm';

// Notifications written as message keys with parameters, rendered in each reader's language; the
// English title/body stay stored for search, mail and older rows.
export class NotificationMessages1763800005500 implements MigrationInterface {
  name = 'NotificationMessages1763800005500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE notifications ADD COLUMN title_key text, ADD COLUMN body_key text, ADD COLUMN params jsonb`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notifications DROP COLUMN params, DROP COLUMN body_key, DROP COLUMN title_key`);
  }
}
