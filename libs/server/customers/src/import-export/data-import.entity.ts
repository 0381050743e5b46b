import { BaseEntity, User } from '@crm/server-core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import type { TableFormat } from './tabular-reader';

export enum ImportStatus {
  Queued = 'queued',
  Running = 'running',
  Completed = 'completed',
  Failed = 'failed',
}

export interface ImportRowError {
  // The row as a spreadsheet numbers it: the header is row 1, the first data row is 2.
  row: number;
  // The API field name (e.g. "email"), or null for the row as a whole.
  field: string | null;
  message: string;
}

// One uploaded file and its report. The per-record changes are in the audit log (the services
// write them as for any API call) plus one entry for the import as a whole.
@Entity('imports')
@Index('ix_imports_created_by_id_created_at', { synchronize: false })
@Index('ix_imports_created_at', ['createdAt'])
@Check('ck_imports_status', `status IN ('queued', 'running', 'completed', 'failed')`)
@Check('ck_imports_format', `format IN ('csv', 'xlsx')`)
export class DataImport extends BaseEntity {
  // An importable entity's name (the registry checks it when the import starts).
  @Column('text')
  entity!: string;

  @Column('text')
  fileName!: string;

  @Column('text')
  format!: TableFormat;

  // Where the file is kept, relative to <dataDir>/imports.
  @Column('text')
  storageKey!: string;

  @Column('boolean', { default: false })
  dryRun!: boolean;

  @Column('text', { default: ImportStatus.Queued })
  status!: ImportStatus;

  // Data rows in the file (blank rows not counted); known once the import starts.
  @Column('integer', { nullable: true })
  totalRows!: number | null;

  @Column('integer', { default: 0 })
  processedRows!: number;

  // Records (an order with several line rows is one record).
  @Column('integer', { default: 0 })
  created!: number;

  @Column('integer', { default: 0 })
  updated!: number;

  @Column('integer', { default: 0 })
  failed!: number;

  // The first 1,000 row errors; errorCount has them all.
  @Column('jsonb', { default: () => "'[]'" })
  errors!: ImportRowError[];

  @Column('integer', { default: 0 })
  errorCount!: number;

  // Header cells that name no importable field (e.g. id, createdAt of an export).
  @Column('text', { array: true, default: () => "'{}'" })
  ignoredColumns!: string[];

  // Why the import as a whole failed.
  @Column('text', { nullable: true })
  error!: string | null;

  // The file row the last committed batch ended on; a retried job resumes after it.
  @Column('integer', { default: 1 })
  lastRow!: number;

  @Column('uuid', { nullable: true })
  createdById!: string | null;

  // Declared for the foreign key only.
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'fk_imports_created_by' })
  createdBy?: Relation<User>;

  // Set when an API key uploaded the file; the import then acts with the key's role.
  @Column('uuid', { nullable: true })
  apiKeyId!: string | null;

  @Column('timestamptz', { nullable: true })
  startedAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  finishedAt!: Date | null;
}
