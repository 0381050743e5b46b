import { Audited, BaseEntity } from '@crm/server-core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, Relation } from 'typeorm';
import { sqlIn } from '../common/sql';
import { Customer } from '../customers/customer.entity';

export enum Gender {
  Male = 'male',
  Female = 'female',
  Other = 'other',
}

// The contact's role in the customer's buying center (购买中心角色).
export enum BuyingRole {
  User = 'user',
  Influencer = 'influencer',
  Decider = 'decider',
  Approver = 'approver',
  Buyer = 'buyer',
  Gatekeeper = 'gatekeeper',
}

// A person at a customer (SPEC 1.3). At most one primary contact per customer (uq_contacts_primary).
@Audited('contacts')
@Entity('contacts')
@Index('uq_contacts_primary', { synchronize: false })
@Index('ix_contacts_name_trgm', { synchronize: false })
@Index('ix_contacts_email_trgm', { synchronize: false })
@Index('ix_contacts_mobile_trgm', { synchronize: false })
@Index('ix_contacts_phone_trgm', { synchronize: false })
@Index('ix_contacts_created_at', ['createdAt'])
@Check('ck_contacts_gender', sqlIn('gender', Gender))
@Check('ck_contacts_buying_role', sqlIn('buying_role', BuyingRole))
export class Contact extends BaseEntity {
  @Index('ix_contacts_customer_id')
  @Column('uuid')
  customerId!: string;

  // Declared for the foreign key only; services use customerId.
  @ManyToOne(() => Customer, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'fk_contacts_customer' })
  customer?: Relation<Customer>;

  @Index('ix_contacts_name')
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  gender!: Gender | null;

  @Column('text', { nullable: true })
  title!: string | null;

  @Column('text', { nullable: true })
  mobile!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('boolean', { default: false })
  isPrimary!: boolean;

  @Column('text', { nullable: true })
  buyingRole!: BuyingRole | null;

  // Personal preferences for one-to-one service, e.g. "prefers morning calls".
  @Column('text', { nullable: true })
  preferences!: string | null;

  @Column('text', { nullable: true })
  notes!: string | null;
}
