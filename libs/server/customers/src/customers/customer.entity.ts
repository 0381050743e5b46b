import { Audited, BaseEntity, User } from '@crm/server-core';
import {
  BeforeInsert,
  BeforeUpdate,
  Check,
  Column,
  DeleteDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  Relation,
} from 'typeorm';
import { sqlIn } from '../common/sql';
import { emailKey, nameKey, phoneDigits, phoneKey } from '../duplicates/match-keys';
import {
  AbcClass,
  Behaviour,
  ConsumptionTrait,
  CustomerKind,
  CustomerStatus,
  LifecycleStage,
  OverridableClassification,
  RelationshipLevel,
  ScreeningGrade,
  SocialStyle,
  Stability,
  ValueGroup,
  ValueTier,
} from './customer.enums';

// The shared customer record (SPEC 1.1). Soft-deleted into a bin; merged duplicates keep a
// pointer to the customer they were merged into. The order aggregates are maintained by the
// orders feature; the *_key columns are derived here on every save.
@Audited('customers', { ignore: ['nameKey', 'phoneKey', 'phoneDigits', 'emailKey', 'searchText'] })
@Entity('customers')
@Index('uq_customers_code', ['code'], { unique: true })
@Index('ix_customers_tags', { synchronize: false })
@Index('ix_customers_name_trgm', { synchronize: false })
@Index('ix_customers_code_trgm', { synchronize: false })
@Index('ix_customers_phone_digits_trgm', { synchronize: false })
@Index('ix_customers_email_trgm', { synchronize: false })
@Index('ix_customers_search_text_trgm', { synchronize: false })
@Index('ix_customers_created_at_id', { synchronize: false })
@Index('ix_customers_name_key', { synchronize: false })
@Index('ix_customers_phone_key', { synchronize: false })
@Index('ix_customers_email_key', { synchronize: false })
@Index('ix_customers_created_at', ['createdAt'])
@Check('ck_customers_kind', sqlIn('kind', CustomerKind))
@Check('ck_customers_status', sqlIn('status', CustomerStatus))
@Check('ck_customers_credit_rating', 'credit_rating BETWEEN 1 AND 5')
@Check('ck_customers_satisfaction', 'satisfaction BETWEEN 1 AND 5')
@Check('ck_customers_custom_fields', `jsonb_typeof(custom_fields) = 'object'`)
@Check('ck_customers_value_tier', sqlIn('value_tier', ValueTier))
@Check('ck_customers_abc_class', sqlIn('abc_class', AbcClass))
@Check('ck_customers_value_group', sqlIn('value_group', ValueGroup))
@Check('ck_customers_stability', sqlIn('stability', Stability))
@Check('ck_customers_behaviour', sqlIn('behaviour', Behaviour))
@Check('ck_customers_consumption_trait', sqlIn('consumption_trait', ConsumptionTrait))
@Check('ck_customers_social_style', sqlIn('social_style', SocialStyle))
@Check('ck_customers_relationship_level', sqlIn('relationship_level', RelationshipLevel))
@Check('ck_customers_lifecycle_stage', sqlIn('lifecycle_stage', LifecycleStage))
@Check('ck_customers_fit_score', 'fit_score BETWEEN 0 AND 100')
@Check('ck_customers_screening_grade', sqlIn('screening_grade', ScreeningGrade))
@Check(
  'ck_customers_classification_overrides',
  `classification_overrides <@ ARRAY[${Object.values(OverridableClassification)
    .map((v) => `'${v}'`)
    .join(',')}]::text[]`,
)
@Check('ck_customers_order_count', 'order_count >= 0')
@Check('ck_customers_not_merged_into_self', 'merged_into_id <> id')
export class Customer extends BaseEntity {
  @Column('text')
  code!: string;

  @Index('ix_customers_name')
  @Column('text')
  name!: string;

  @Index('ix_customers_kind')
  @Column('text', { default: CustomerKind.Enterprise })
  kind!: CustomerKind;

  // Dictionary keys (types industry, region, customer_source).
  @Index('ix_customers_industry')
  @Column('text', { nullable: true })
  industry!: string | null;

  @Index('ix_customers_region')
  @Column('text', { nullable: true })
  region!: string | null;

  @Index('ix_customers_source')
  @Column('text', { nullable: true })
  source!: string | null;

  @Column('text', { nullable: true })
  address!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  @Index('ix_customers_owner_id')
  @Column('uuid', { nullable: true })
  ownerId!: string | null;

  // Relations are declared for the foreign keys only; services use the id columns.
  @ManyToOne(() => User, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'fk_customers_owner' })
  owner?: Relation<User>;

  @Column('smallint', { nullable: true })
  creditRating!: number | null;

  @Column('smallint', { nullable: true })
  satisfaction!: number | null;

  @Index('ix_customers_status')
  @Column('text', { default: CustomerStatus.Prospect })
  status!: CustomerStatus;

  @Column('text', { array: true, default: () => "'{}'" })
  tags!: string[];

  @Column('jsonb', { default: () => "'{}'" })
  customFields!: Record<string, unknown>;

  @Index('ix_customers_value_tier')
  @Column('text', { nullable: true })
  valueTier!: ValueTier | null;

  @Index('ix_customers_abc_class')
  @Column('text', { nullable: true })
  abcClass!: AbcClass | null;

  @Index('ix_customers_value_group')
  @Column('text', { nullable: true })
  valueGroup!: ValueGroup | null;

  @Index('ix_customers_stability')
  @Column('text', { nullable: true })
  stability!: Stability | null;

  @Index('ix_customers_behaviour')
  @Column('text', { nullable: true })
  behaviour!: Behaviour | null;

  @Index('ix_customers_consumption_trait')
  @Column('text', { nullable: true })
  consumptionTrait!: ConsumptionTrait | null;

  @Index('ix_customers_social_style')
  @Column('text', { nullable: true })
  socialStyle!: SocialStyle | null;

  @Index('ix_customers_relationship_level')
  @Column('text', { nullable: true })
  relationshipLevel!: RelationshipLevel | null;

  @Index('ix_customers_lifecycle_stage')
  @Column('text', { default: LifecycleStage.Exploration })
  lifecycleStage!: LifecycleStage;

  // Prospects only (ADR 20): the job's points sum, and the grade it gives unless set by hand.
  @Index('ix_customers_fit_score')
  @Column('smallint', { nullable: true })
  fitScore!: number | null;

  @Index('ix_customers_screening_grade')
  @Column('text', { nullable: true })
  screeningGrade!: ScreeningGrade | null;

  @Column('text', { array: true, default: () => "'{}'" })
  classificationOverrides!: OverridableClassification[];

  @Column('timestamptz', { nullable: true })
  firstOrderAt!: Date | null;

  @Index('ix_customers_last_order_at')
  @Column('timestamptz', { nullable: true })
  lastOrderAt!: Date | null;

  @Column('integer', { default: 0 })
  orderCount!: number;

  @Index('ix_customers_total_revenue')
  @Column('numeric', { precision: 14, scale: 2, default: 0 })
  totalRevenue!: string;

  @Column('text', { nullable: true })
  nameKey!: string | null;

  @Column('text', { nullable: true })
  phoneKey!: string | null;

  @Column('text', { nullable: true })
  phoneDigits!: string | null;

  // lower(name code email), kept by a database trigger (migration 1763900006000) for text search.
  @Column({ type: 'text', nullable: true, select: false, insert: false, update: false })
  searchText?: string | null;

  @Column('text', { nullable: true })
  emailKey!: string | null;

  @Index('ix_customers_merged_into_id')
  @Column('uuid', { nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => Customer, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'fk_customers_merged_into' })
  mergedInto?: Relation<Customer>;

  @Index('ix_customers_deleted_at')
  @DeleteDateColumn({ type: 'timestamptz' })
  deletedAt!: Date | null;

  @BeforeInsert()
  @BeforeUpdate()
  deriveMatchKeys() {
    // A partial object (save({ id, status })) leaves the keys of absent fields alone.
    if (this.name !== undefined) this.nameKey = nameKey(this.name);
    if (this.phone !== undefined) {
      this.phoneKey = phoneKey(this.phone);
      this.phoneDigits = phoneDigits(this.phone);
    }
    if (this.email !== undefined) this.emailKey = emailKey(this.email);
  }
}
