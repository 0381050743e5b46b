import { Audited, BaseEntity, User } from '@crm/server-core';
import { Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { Contact } from '../contacts/contact.entity';
import { Customer } from '../customers/customer.entity';

// One touch with a customer (SPEC 1.4): a visit, call, email, meeting, chat, event or letter.
@Audited('interactions')
@Entity('interactions')
@Index('ix_interactions_customer_id', ['customerId', 'occurredAt'])
@Index('ix_interactions_summary_trgm', { synchronize: false })
export class Interaction extends BaseEntity {
  @Column('uuid')
  customerId!: string;

  // Relations are declared for the foreign keys only; services use the id columns.
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_interactions_customer' })
  customer?: Relation<Customer>;

  @Index('ix_interactions_contact_id')
  @Column('uuid', { nullable: true })
  contactId!: string | null;

  @ManyToOne(() => Contact, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'contact_id', foreignKeyConstraintName: 'fk_interactions_contact' })
  contact?: Relation<Contact>;

  @Index('ix_interactions_occurred_at')
  @Column('timestamptz')
  occurredAt!: Date;

  // Dictionary key of type interaction_type.
  @Index('ix_interactions_type')
  @Column('text')
  type!: string;

  @Column('text', { nullable: true })
  place!: string | null;

  @Column('text')
  summary!: string;

  @Column('text', { nullable: true })
  details!: string | null;

  @Column('text', { nullable: true })
  outcome!: string | null;

  @Column('text', { nullable: true })
  nextStep!: string | null;

  @Index('ix_interactions_next_step_at')
  @Column('timestamptz', { nullable: true })
  nextStepAt!: Date | null;

  @Index('ix_interactions_staff_id')
  @Column('uuid', { nullable: true })
  staffId!: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'staff_id', foreignKeyConstraintName: 'fk_interactions_staff' })
  staff?: Relation<User>;
}
