import {
  AuthUser,
  emitEvent,
  ForbiddenError,
  likePattern,
  msg,
  NotFoundError,
  OwnerResolutionService,
  Page,
  paginate,
  RecordVisibilityService,
  hasPermission,
  assertVersion,
} from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { screenCustomers } from '../classification/screening.repository';
import { isUniqueViolation } from '../common/db-errors';
import { lowerBound, upperBound } from '../common/validation';
import { DictionaryKeyCheck, DictionaryService } from '../dictionary/dictionary.service';
import { LifecycleChangeOrigin } from '../lifecycle/lifecycle-change.entity';
import { recordLifecycleChange } from '../lifecycle/lifecycle-history';
import { reasonOf } from '../lifecycle/lifecycle-reasons';
import { CustomerAccessService } from './customer-access.service';
import { customerCodes } from './customer-code';
import { Customer } from './customer.entity';
import { LifecycleStage, OverridableClassification, VALUE_TIER_ORDER } from './customer.enums';
import { customerAssigned, CustomerEvents } from './customer.events';
import { customerCodeTaken, customerMerged, customerNotDeleted, CUSTOMER_OWNER_RULE } from './customers.errors';
import { CreateCustomerDto, CustomerFieldsDto } from './dto/create-customer.dto';
import { CustomerDto, toCustomerDto } from './dto/customer.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';

const SORTABLE: Record<string, string> = {
  name: 'c.name',
  code: 'c.code',
  createdAt: 'c.createdAt',
  lastOrderAt: 'c.lastOrderAt',
  totalRevenue: 'c.totalRevenue',
  fitScore: 'c.fitScore',
  // By rank, most valuable first, not alphabetically.
  valueTier: `array_position(ARRAY[${VALUE_TIER_ORDER.map((t) => `'${t}'`).join(',')}]::text[], c.value_tier)`,
};

// Text matching shared by the list's q and global search: partial name, code or email, or the
// digits of a phone number; each served by a trigram index.
// search_text is lower(name code email) with a trigram index (migration 1763900006000).
export const CUSTOMER_TEXT_MATCH = `(c.search_text LIKE :pattern
  OR (:digits <> '' AND c.phone_digits LIKE '%' || :digits || '%'))`;
export const CUSTOMER_TEXT_RANK = `greatest(word_similarity(:q, c.search_text),
  CASE WHEN :digits <> '' AND c.phone_digits LIKE '%' || :digits || '%' THEN 0.9 ELSE 0 END)`;

export const searchTerms = (q: string) => {
  const text = q.trim();
  const digits = text.replace(/\D/g, '');
  // Only input that looks like a phone number searches phone digits.
  const phoneLike = /^[\d\s+()\-.]+$/.test(text) && digits.length >= 3;
  // search_text is lower-cased, so the pattern is too.
  return { q: text, pattern: likePattern(text.toLowerCase()), digits: phoneLike ? digits : '' };
};

// Fields copied as given from create/update requests (classifications handled separately too).
const PLAIN_FIELDS = [
  'name',
  'kind',
  'industry',
  'region',
  'source',
  'address',
  'phone',
  'email',
  'website',
  'creditRating',
  'satisfaction',
  'status',
  'tags',
  'customFields',
  'valueTier',
  'abcClass',
  'valueGroup',
  'stability',
  'behaviour',
  'screeningGrade',
  'consumptionTrait',
  'socialStyle',
  'relationshipLevel',
] as const satisfies ReadonlyArray<keyof Customer & keyof UpdateCustomerDto>;

const FILTERS = [
  ['ownerId', 'c.ownerId'],
  ['region', 'c.region'],
  ['industry', 'c.industry'],
  ['source', 'c.source'],
  ['kind', 'c.kind'],
  ['status', 'c.status'],
  ['valueTier', 'c.valueTier'],
  ['abcClass', 'c.abcClass'],
  ['valueGroup', 'c.valueGroup'],
  ['stability', 'c.stability'],
  ['behaviour', 'c.behaviour'],
  ['consumptionTrait', 'c.consumptionTrait'],
  ['socialStyle', 'c.socialStyle'],
  ['relationshipLevel', 'c.relationshipLevel'],
  ['lifecycleStage', 'c.lifecycleStage'],
  ['screeningGrade', 'c.screeningGrade'],
] as const satisfies ReadonlyArray<readonly [keyof ListCustomersQueryDto, string]>;

@Injectable()
export class CustomersService implements OnModuleInit {
  constructor(
    @InjectRepository(Customer) private readonly customers: Repository<Customer>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
    @Inject(OwnerResolutionService) private readonly owners: OwnerResolutionService,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(DictionaryService) private readonly dictionary: DictionaryService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  onModuleInit() {
    this.dictionary.registerUsage('industry', { table: 'customers', column: 'industry' });
    this.dictionary.registerUsage('region', { table: 'customers', column: 'region' });
    this.dictionary.registerUsage('customer_source', { table: 'customers', column: 'source' });
    this.dictionary.registerUsage('customer_tier', { table: 'customers', column: 'value_tier' });
  }

  async listCustomers(query: ListCustomersQueryDto, user: AuthUser): Promise<Page<CustomerDto>> {
    const qb = this.customers.createQueryBuilder('c');
    if (query.deleted) {
      if (!hasPermission(user, 'customers.restore')) throw new ForbiddenError(msg('forbidden.bin'));
      qb.withDeleted().andWhere('c.deletedAt IS NOT NULL');
    }
    await this.visibility.applyToQuery(qb, 'c.owner_id', user);
    for (const [field, column] of FILTERS) {
      const value = query[field];
      if (value !== undefined) qb.andWhere(`${column} = :${field}`, { [field]: value });
    }
    if (query.tags?.length) qb.andWhere('c.tags && CAST(:tags AS text[])', { tags: query.tags });
    const ranges = [
      ['createdFrom', 'c.created_at', lowerBound],
      ['createdTo', 'c.created_at', upperBound],
      ['lastOrderFrom', 'c.last_order_at', lowerBound],
      ['lastOrderTo', 'c.last_order_at', upperBound],
    ] as const;
    for (const [field, column, bound] of ranges) {
      const value = query[field];
      if (value) qb.andWhere(bound(column, field, value), { [field]: value });
    }
    if (query.fitScoreMin !== undefined) qb.andWhere('c.fit_score >= :fitScoreMin', { fitScoreMin: query.fitScoreMin });
    if (query.fitScoreMax !== undefined) qb.andWhere('c.fit_score <= :fitScoreMax', { fitScoreMax: query.fitScoreMax });
    const sortable = { ...SORTABLE };
    let defaultSort = '-createdAt';
    if (query.q) {
      qb.andWhere(CUSTOMER_TEXT_MATCH, searchTerms(query.q));
      // Best match first unless the caller sorts.
      sortable.relevance = CUSTOMER_TEXT_RANK;
      defaultSort = '-relevance';
    }
    return paginate(qb, query, { sortable, defaultSort }, toCustomerDto);
  }

  async getCustomer(id: string, user: AuthUser): Promise<CustomerDto> {
    return toCustomerDto(await this.access.findVisible(user, id));
  }

  async createCustomer(dto: CreateCustomerDto, user: AuthUser): Promise<CustomerDto> {
    let ownerId: string | null = null;
    const id = await this.ds.transaction(async (m) => {
      await this.dictionary.assertActiveKeys(dictionaryChecks(dto), m);
      ownerId = await this.owners.resolveOwner(m, user, dto.ownerId, CUSTOMER_OWNER_RULE);
      if (dto.code && (await codeTaken(m, dto.code))) throw customerCodeTaken(dto.code);
      const code = await customerCodes.assign(m, dto.code);
      const customer = m.create(Customer, { code, ownerId, classificationOverrides: [] });
      assignFields(customer, dto);
      customer.name = dto.name;
      customer.lifecycleStage = dto.lifecycleStage ?? LifecycleStage.Exploration;
      customer.classificationOverrides = nextOverrides(customer, dto, emptyClassifications());
      await screenCustomers(m, [customer]);
      const saved = await saveCatchingCode(m, customer);
      await recordLifecycleChange(m, {
        customerId: saved.id,
        fromStage: null,
        toStage: saved.lifecycleStage,
        reason: reasonOf('customer_created'),
        origin: LifecycleChangeOrigin.Created,
        actor: user,
      });
      return saved.id;
    });
    emitEvent(this.events, CustomerEvents.Created, { id });
    if (ownerId) emitEvent(this.events, CustomerEvents.Assigned, customerAssigned(id, ownerId, null, user));
    return toCustomerDto(await this.customers.findOneByOrFail({ id }));
  }

  async updateCustomer(id: string, dto: UpdateCustomerDto, user: AuthUser): Promise<CustomerDto> {
    let owners: { before: string | null; after: string | null } | undefined;
    await this.ds.transaction(async (m) => {
      const customer = await this.access.findVisible(user, id, m, true);
      assertVersion(customer, dto.version, 'Customer');
      const changed = <K extends keyof Customer & keyof UpdateCustomerDto>(k: K) =>
        dto[k] !== undefined && dto[k] !== customer[k];
      await this.dictionary.assertActiveKeys(
        dictionaryChecks(dto).filter((c) => changed(c.field as 'industry' | 'region' | 'source')),
        m,
      );
      if (changed('ownerId')) {
        const before = customer.ownerId;
        customer.ownerId = await this.owners.resolveOwner(m, user, dto.ownerId, CUSTOMER_OWNER_RULE);
        if (customer.ownerId !== before) owners = { before, after: customer.ownerId };
      }
      if (dto.code !== undefined && dto.code !== customer.code) {
        if (await codeTaken(m, dto.code)) throw customerCodeTaken(dto.code);
        customer.code = dto.code;
      }
      const before = { ...customer };
      customer.classificationOverrides = nextOverrides(customer, dto, before);
      assignFields(customer, dto);
      if (dto.lifecycleStage !== undefined && dto.lifecycleStage !== before.lifecycleStage) {
        customer.lifecycleStage = dto.lifecycleStage;
        await recordLifecycleChange(m, {
          customerId: id,
          fromStage: before.lifecycleStage,
          toStage: dto.lifecycleStage,
          reason: dto.lifecycleReason ?? reasonOf('customer_edited'),
          origin: LifecycleChangeOrigin.Edit,
          actor: user,
        });
      }
      await screenCustomers(m, [customer]);
      await saveCatchingCode(m, customer);
    });
    emitEvent(this.events, CustomerEvents.Updated, { id });
    if (owners)
      emitEvent(this.events, CustomerEvents.Assigned, customerAssigned(id, owners.after, owners.before, user));
    return this.getCustomer(id, user);
  }

  // Soft delete: the customer goes to the bin with everything linked to it.
  async deleteCustomer(id: string, user: AuthUser): Promise<void> {
    await this.ds.transaction(async (m) => {
      const customer = await this.access.findVisible(user, id, m, true);
      await m.softRemove(customer);
    });
    emitEvent(this.events, CustomerEvents.Deleted, { id });
  }

  async restoreCustomer(id: string, user: AuthUser): Promise<CustomerDto> {
    await this.ds.transaction(async (m) => {
      const customer = await m.findOne(Customer, {
        where: { id },
        withDeleted: true,
        lock: { mode: 'pessimistic_write' },
      });
      if (!customer) throw new NotFoundError('Customer', id);
      await this.visibility.assertVisible(user, customer.ownerId, 'Customer', id);
      if (!customer.deletedAt) throw customerNotDeleted();
      if (customer.mergedIntoId) throw customerMerged(customer.mergedIntoId);
      await m.recover(customer);
    });
    emitEvent(this.events, CustomerEvents.Restored, { id });
    return this.getCustomer(id, user);
  }
}

const dictionaryChecks = (dto: CustomerFieldsDto): DictionaryKeyCheck[] => [
  { field: 'industry', type: 'industry', key: dto.industry },
  { field: 'region', type: 'region', key: dto.region },
  { field: 'source', type: 'customer_source', key: dto.source },
];

function assignFields(customer: Customer, dto: CustomerFieldsDto & { name?: string; kind?: Customer['kind'] }) {
  const target = customer as unknown as Record<string, unknown>;
  const source = dto as unknown as Record<string, unknown>;
  for (const field of PLAIN_FIELDS) if (source[field] !== undefined) target[field] = source[field];
}

type Classifications = Pick<Customer, OverridableClassification>;
const emptyClassifications = (): Classifications => ({
  valueTier: null,
  abcClass: null,
  valueGroup: null,
  stability: null,
  behaviour: null,
  lifecycleStage: LifecycleStage.Exploration,
  screeningGrade: null,
});

// A computed classification changed by hand becomes an override (the jobs keep it); cleared by hand
// (null) it goes back to the jobs. Values sent unchanged (a form re-sending the record) change nothing.
export function nextOverrides(
  current: Pick<Customer, 'classificationOverrides'>,
  dto: Partial<Record<OverridableClassification, unknown>> & { classificationOverrides?: OverridableClassification[] },
  before: Classifications,
): OverridableClassification[] {
  const overrides = new Set(dto.classificationOverrides ?? current.classificationOverrides);
  for (const field of Object.values(OverridableClassification)) {
    const value = dto[field];
    if (value === undefined || value === before[field]) continue;
    if (value === null) overrides.delete(field);
    else overrides.add(field);
  }
  return Object.values(OverridableClassification).filter((f) => overrides.has(f));
}

const codeTaken = (m: EntityManager, code: string) =>
  m.createQueryBuilder(Customer, 'c').withDeleted().where('c.code = :code', { code }).getExists();

async function saveCatchingCode(m: EntityManager, customer: Customer): Promise<Customer> {
  try {
    return await m.save(customer);
  } catch (e) {
    // Two requests taking the same code at once: the unique index decides.
    if (isUniqueViolation(e, 'uq_customers_code')) throw customerCodeTaken(customer.code);
    throw e;
  }
}
