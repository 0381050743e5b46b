import { ApiProperty } from '@nestjs/swagger';
import { Customer } from '../customer.entity';
import {
  AbcClass,
  Behaviour,
  BEHAVIOUR_ACTIONS,
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
} from '../customer.enums';

const nullableText = { type: String, nullable: true } as const;
const nullableDate = { type: String, format: 'date-time', nullable: true } as const;

export class CustomerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** Unique customer code; generated as C-000123 when not given. */
  @ApiProperty({ example: 'C-000123' }) code!: string;
  @ApiProperty({ example: '上海华信贸易有限公司' }) name!: string;
  @ApiProperty({ enum: CustomerKind, enumName: 'CustomerKind' }) kind!: CustomerKind;
  /** Dictionary key (type industry). */
  @ApiProperty(nullableText) industry!: string | null;
  /** Dictionary key (type region). */
  @ApiProperty(nullableText) region!: string | null;
  /** Dictionary key (type customer_source). */
  @ApiProperty(nullableText) source!: string | null;
  @ApiProperty(nullableText) address!: string | null;
  @ApiProperty(nullableText) phone!: string | null;
  @ApiProperty(nullableText) email!: string | null;
  @ApiProperty(nullableText) website!: string | null;
  /** The account manager who owns the customer. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) ownerId!: string | null;
  /** Credit rating 信用度, 1 (poor) to 5 (excellent). */
  @ApiProperty({ type: Number, minimum: 1, maximum: 5, nullable: true }) creditRating!: number | null;
  /** Satisfaction 满意度, 1 to 5. */
  @ApiProperty({ type: Number, minimum: 1, maximum: 5, nullable: true }) satisfaction!: number | null;
  @ApiProperty({ enum: CustomerStatus, enumName: 'CustomerStatus' }) status!: CustomerStatus;
  @ApiProperty({ type: [String] }) tags!: string[];
  /** Free custom fields (a JSON object). */
  @ApiProperty({ type: 'object', additionalProperties: true }) customFields!: Record<string, unknown>;
  /** Customer pyramid tier by revenue contribution. */
  @ApiProperty({ enum: ValueTier, enumName: 'ValueTier', nullable: true }) valueTier!: ValueTier | null;
  /** ABC class by cumulative share of revenue. */
  @ApiProperty({ enum: AbcClass, enumName: 'AbcClass', nullable: true }) abcClass!: AbcClass | null;
  /** MVC most valuable, MGC most growable, BZ below zero. */
  @ApiProperty({ enum: ValueGroup, enumName: 'ValueGroup', nullable: true }) valueGroup!: ValueGroup | null;
  @ApiProperty({ enum: Stability, enumName: 'Stability', nullable: true }) stability!: Stability | null;
  @ApiProperty({ enum: Behaviour, enumName: 'Behaviour', nullable: true }) behaviour!: Behaviour | null;
  /** What sales management recommends for the behaviour category, e.g. lost → "Follow up and win back". */
  @ApiProperty(nullableText) behaviourAction!: string | null;
  /** Fit score 0–100 of a prospect (null for other statuses), a sum of documented points (ADR 20). */
  @ApiProperty({ type: Number, minimum: 0, maximum: 100, nullable: true }) fitScore!: number | null;
  /** Screening of a prospect by fit score: A ≥ 70, B ≥ 45, C ≥ 25, else eliminate. */
  @ApiProperty({ enum: ScreeningGrade, enumName: 'ScreeningGrade', nullable: true })
  screeningGrade!: ScreeningGrade | null;
  @ApiProperty({ enum: ConsumptionTrait, enumName: 'ConsumptionTrait', nullable: true })
  consumptionTrait!: ConsumptionTrait | null;
  /** Social style of the key contact. */
  @ApiProperty({ enum: SocialStyle, enumName: 'SocialStyle', nullable: true }) socialStyle!: SocialStyle | null;
  /** Kotler's relationship level. */
  @ApiProperty({ enum: RelationshipLevel, enumName: 'RelationshipLevel', nullable: true })
  relationshipLevel!: RelationshipLevel | null;
  /** Current relationship lifecycle stage; history at GET /customers/{id}/lifecycle. */
  @ApiProperty({ enum: LifecycleStage, enumName: 'LifecycleStage' }) lifecycleStage!: LifecycleStage;
  /** Classifications set by hand; the classification jobs leave these alone. */
  @ApiProperty({ enum: OverridableClassification, enumName: 'OverridableClassification', isArray: true })
  classificationOverrides!: OverridableClassification[];
  /** Read-only order aggregates, maintained from orders. */
  @ApiProperty(nullableDate) firstOrderAt!: string | null;
  @ApiProperty(nullableDate) lastOrderAt!: string | null;
  @ApiProperty() orderCount!: number;
  /** Decimal string with 2 decimals. */
  @ApiProperty({ example: '125000.00' }) totalRevenue!: string;
  /** Set when this customer was merged into another one (then it is in the bin). */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) mergedIntoId!: string | null;
  /** Set while the customer is in the bin. */
  @ApiProperty(nullableDate) deletedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class CustomerPageDto {
  @ApiProperty({ type: [CustomerDto] }) data!: CustomerDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const toCustomerDto = (c: Customer): CustomerDto => ({
  id: c.id,
  code: c.code,
  name: c.name,
  kind: c.kind,
  industry: c.industry,
  region: c.region,
  source: c.source,
  address: c.address,
  phone: c.phone,
  email: c.email,
  website: c.website,
  ownerId: c.ownerId,
  creditRating: c.creditRating,
  satisfaction: c.satisfaction,
  status: c.status,
  tags: c.tags,
  customFields: c.customFields,
  valueTier: c.valueTier,
  abcClass: c.abcClass,
  valueGroup: c.valueGroup,
  stability: c.stability,
  behaviour: c.behaviour,
  behaviourAction: c.behaviour ? BEHAVIOUR_ACTIONS[c.behaviour] : null,
  fitScore: c.fitScore,
  screeningGrade: c.screeningGrade,
  consumptionTrait: c.consumptionTrait,
  socialStyle: c.socialStyle,
  relationshipLevel: c.relationshipLevel,
  lifecycleStage: c.lifecycleStage,
  classificationOverrides: c.classificationOverrides,
  firstOrderAt: iso(c.firstOrderAt),
  lastOrderAt: iso(c.lastOrderAt),
  orderCount: c.orderCount,
  totalRevenue: c.totalRevenue,
  mergedIntoId: c.mergedIntoId,
  deletedAt: iso(c.deletedAt),
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  version: c.version,
});
