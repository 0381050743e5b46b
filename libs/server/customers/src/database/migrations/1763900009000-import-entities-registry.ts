import { MigrationInterface, QueryRunner } from 'typeorm';

// Importable entities come from a registry every lib adds to (ADR 25), so the database no longer
// lists them; the imports service checks the name when an import starts.
export class ImportEntitiesRegistry1763900009000 implements MigrationInterface {
  name = 'ImportEntitiesRegistry1763900009000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE imports DROP CONSTRAINT ck_imports_entity`);
  }

  // Imports of entities other libs added must be deleted first.
  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE imports ADD CONSTRAINT ck_imports_entity CHECK (entity IN ('customers', 'contacts', 'products', 'orders'))`,
    );
  }
}
