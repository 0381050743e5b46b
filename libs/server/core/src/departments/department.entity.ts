import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Audited } from '../audit/audited.decorator';
import { BaseEntity } from '../database/base.entity';
import { User } from '../users/user.entity';

// Teams with a manager; `parentId` nests them (a sales manager sees the sub-teams too).
@Audited('departments')
@Entity('departments')
@Index('uq_departments_name', { synchronize: false })
export class Department extends BaseEntity {
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;

  @Index('ix_departments_manager_id')
  @Column('uuid', { nullable: true })
  managerId!: string | null;

  // Relations below are declared for the foreign keys only; services use the id columns.
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'manager_id', foreignKeyConstraintName: 'fk_departments_manager' })
  manager?: Relation<User>;

  @Index('ix_departments_parent_id')
  @Column('uuid', { nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Department, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'parent_id', foreignKeyConstraintName: 'fk_departments_parent' })
  parent?: Relation<Department>;
}
