import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Audited } from '../audit/audited.decorator';
import { ALL_ROLES, Role } from '../auth/roles';
import { BaseEntity } from '../database/base.entity';
import { Department } from '../departments/department.entity';

export const ROLE_LIST_SQL = ALL_ROLES.map((r) => `'${r}'`).join(',');

// Users are deactivated, never deleted (their records keep an owner).
// Sign-in bookkeeping is written with plain SQL so it neither bumps `version` nor reaches the audit log.
@Audited('users', { ignore: ['passwordHash', 'failedLoginCount', 'lockedUntil', 'lastLoginAt'] })
@Entity('users')
@Index('uq_users_email', { synchronize: false })
@Index('ix_users_email_trgm', { synchronize: false })
@Index('ix_users_name_trgm', { synchronize: false })
@Index('ix_users_roles', { synchronize: false })
@Index('ix_users_created_at', ['createdAt'])
@Check('ck_users_roles', `roles <@ ARRAY[${ROLE_LIST_SQL}]::text[]`)
export class User extends BaseEntity {
  // Stored lower-cased; a unique index on lower(email) backs it.
  @Column('text')
  email!: string;

  @Index('ix_users_name')
  @Column('text')
  name!: string;

  @Column('text', { select: false })
  passwordHash!: string;

  @Column('text', { array: true, default: () => "'{}'" })
  roles!: Role[];

  @Index('ix_users_department_id')
  @Column('uuid', { nullable: true })
  departmentId!: string | null;

  // Declared for the foreign key only; services read and write `departmentId`.
  @ManyToOne(() => Department, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'fk_users_department' })
  department?: Relation<Department>;

  @Column('boolean', { default: true })
  active!: boolean;

  @Column('text', { default: 'en' })
  locale!: string;

  @Column('integer', { default: 0 })
  failedLoginCount!: number;

  @Column('timestamptz', { nullable: true })
  lockedUntil!: Date | null;

  @Index('ix_users_last_login_at')
  @Column('timestamptz', { nullable: true })
  lastLoginAt!: Date | null;

  @Column('timestamptz', { nullable: true })
  passwordChangedAt!: Date | null;
}
