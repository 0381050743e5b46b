import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Actor } from '../context/request-context';

export type AuditAction = 'create' | 'update' | 'delete';
export const AUDIT_ACTIONS: AuditAction[] = ['create', 'update', 'delete'];

// Only the changed fields: { field: { before, after } }.
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

// Append-only: who changed which record, when and how. No foreign keys, so the
// history outlives deleted users and records.
@Entity('audit_log')
@Index('ix_audit_log_entity', { synchronize: false })
@Index('ix_audit_log_created_at', { synchronize: false })
@Check('ck_audit_log_action', `action IN ('create', 'update', 'delete')`)
@Check('ck_audit_log_actor_kind', `actor_kind IN ('user', 'api_key', 'system')`)
export class AuditLogEntry {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  // The resource name from @Audited, e.g. "users".
  @Column('text')
  entity!: string;

  @Column('uuid')
  entityId!: string;

  @Column('text')
  action!: AuditAction;

  @Index('ix_audit_log_actor_id')
  @Column('uuid', { nullable: true })
  actorId!: string | null;

  @Column('text')
  actorKind!: Actor['kind'];

  @Column('text', { nullable: true })
  actorName!: string | null;

  @Column('jsonb', { default: () => "'{}'" })
  changes!: AuditChanges;

  @Column('text', { nullable: true })
  requestId!: string | null;

  // clock_timestamp(), not now(): entries of one transaction keep their order.
  @CreateDateColumn({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  createdAt!: Date;
}
