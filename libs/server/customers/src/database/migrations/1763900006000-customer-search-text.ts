import { MigrationInterface, QueryRunner } from 'typeorm';

// Text search and the default list order at scale (docs/benchmarks.md): one lower-cased text of
// name, code and e-mail with one trigram index, so a search is one LIKE per row (or an index scan)
// rather than three ILIKEs; and an index in the list's default order so a page is an index scan.
// A trigger keeps the text current whatever writes the row (services, imports, raw SQL).
export class CustomerSearchText1763900006000 implements MigrationInterface {
  name = 'CustomerSearchText1763900006000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE customers ADD COLUMN search_text text`);
    await q.query(`
      CREATE FUNCTION customers_search_text() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.search_text := lower(concat_ws(' ', NEW.name, NEW.code, NEW.email));
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tg_customers_search_text BEFORE INSERT OR UPDATE OF name, code, email ON customers
      FOR EACH ROW EXECUTE FUNCTION customers_search_text()`);
    await q.query(`UPDATE customers SET search_text = lower(concat_ws(' ', name, code, email))`);
    await q.query(`CREATE INDEX ix_customers_search_text_trgm ON customers USING gin (search_text gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_customers_created_at_id ON customers (created_at DESC NULLS LAST, id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_customers_created_at_id`);
    await q.query(`DROP INDEX ix_customers_search_text_trgm`);
    await q.query(`DROP TRIGGER tg_customers_search_text ON customers`);
    await q.query(`DROP FUNCTION customers_search_text()`);
    await q.query(`ALTER TABLE customers DROP COLUMN search_text`);
  }
}
