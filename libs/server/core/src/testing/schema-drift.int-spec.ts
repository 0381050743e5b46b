import { Column, DataSource, DataSourceOptions, Entity, Index } from 'typeorm';
import { AuditLogEntry } from '../audit/audit-log-entry.entity';
import { dataSourceOptions } from '../database/data-source-options';
import { schemaDrift } from './schema-drift';
import { adminQuery, withDatabase } from './test-database';

// An entity as a developer would change it: a new column and a new index, and no migration.
@Entity('audit_log')
@Index('ix_audit_log_request_id', ['requestId'])
class AuditLogEntryChanged extends AuditLogEntry {
  @Column('text', { nullable: true })
  ticketRef!: string | null;
}

// The report the schema-drift test over every entity relies on; that test is apps/api/src/schema.
describe('schemaDrift', () => {
  const adminUrl = process.env.CRM_TEST_ADMIN_URL!;
  const db = `crm_test_drift_${process.pid}_${Date.now()}`;
  let ds: DataSource;

  beforeAll(async () => {
    await adminQuery(adminUrl, `CREATE DATABASE ${db} TEMPLATE ${process.env.CRM_TEST_TEMPLATE}`);
  });
  afterEach(async () => {
    if (ds?.isInitialized) await ds.destroy();
  });
  afterAll(async () => {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  });

  const connect = async (entities: DataSourceOptions['entities']) => {
    ds = new DataSource({ ...(dataSourceOptions(withDatabase(adminUrl, db), []) as DataSourceOptions), entities });
    await ds.initialize();
    return ds;
  };

  it('finds nothing when the entity matches its migration', async () => {
    expect(await schemaDrift(await connect([AuditLogEntry]), { onlyTables: ['audit_log'] })).toEqual([]);
  });

  it('names table.column for a column and an index added to an entity without a migration', async () => {
    const report = await schemaDrift(await connect([AuditLogEntryChanged]), { onlyTables: ['audit_log'] });
    expect(report).toEqual(
      expect.arrayContaining([
        'audit_log.ticket_ref: on entity AuditLogEntryChanged, no such column in the migrated schema',
        'audit_log: index ix_audit_log_request_id declared on entity AuditLogEntryChanged is missing from the migrated schema',
        expect.stringMatching(/^audit_log: TypeORM would run: ALTER TABLE "audit_log" ADD "ticket_ref" text/),
      ]),
    );
  });

  it('names the columns a migration changed or added without the entity following', async () => {
    await adminQuery(
      withDatabase(adminUrl, db),
      `ALTER TABLE audit_log ADD COLUMN ticket_ref text, ALTER COLUMN actor_name SET NOT NULL,
       ALTER COLUMN request_id TYPE varchar(100), ALTER COLUMN changes SET DEFAULT '{"x": 1}'`,
    );
    const report = await schemaDrift(await connect([AuditLogEntry]), { onlyTables: ['audit_log'] });
    expect(report).toEqual(
      expect.arrayContaining([
        'audit_log.ticket_ref: in the migrated schema, not on entity AuditLogEntry',
        'audit_log.actor_name: nullable on the entity, NOT NULL in the database',
        'audit_log.request_id: type text on the entity, character varying(100) in the database',
        `audit_log.changes: default '{}' on the entity, '{"x": 1}' in the database`,
      ]),
    );
  });
});
