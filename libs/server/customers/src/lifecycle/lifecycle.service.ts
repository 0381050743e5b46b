import { AuthUser, emitEvent, Page, paginate } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { CustomerAccessService } from '../customers/customer-access.service';
import { Customer } from '../customers/customer.entity';
import { LifecycleStage, OverridableClassification } from '../customers/customer.enums';
import { CustomerEvents } from '../customers/customer.events';
import { ChangeLifecycleStageDto } from './dto/change-lifecycle-stage.dto';
import { LifecycleChangeDto, toLifecycleChangeDto } from './dto/lifecycle-change.dto';
import { ListLifecycleChangesQueryDto } from './dto/list-lifecycle-changes-query.dto';
import { LifecycleChange, LifecycleChangeOrigin } from './lifecycle-change.entity';
import { recordLifecycleChange } from './lifecycle-history';
import { KeyedReason } from './lifecycle-reasons';
import { stageUnchanged } from './lifecycle.errors';

// The relationship lifecycle (SPEC 1.2): history, manual changes, and the entry point for rules.
@Injectable()
export class LifecycleService {
  constructor(
    @InjectRepository(LifecycleChange) private readonly changes: Repository<LifecycleChange>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  async listLifecycleChanges(
    customerId: string,
    query: ListLifecycleChangesQueryDto,
    user: AuthUser,
  ): Promise<Page<LifecycleChangeDto>> {
    await this.access.findVisible(user, customerId);
    const qb = this.changes.createQueryBuilder('l').where('l.customerId = :customerId', { customerId });
    return paginate(
      qb,
      query,
      { sortable: { occurredAt: 'l.occurredAt' }, defaultSort: '-occurredAt' },
      toLifecycleChangeDto,
    );
  }

  // Set by hand: recorded with its reason and kept from the rules (a classification override).
  async changeLifecycleStage(
    customerId: string,
    dto: ChangeLifecycleStageDto,
    user: AuthUser,
  ): Promise<LifecycleChangeDto> {
    const change = await this.ds.transaction(async (m) => {
      const customer = await this.access.findVisible(user, customerId, m, true);
      if (customer.lifecycleStage === dto.stage) throw stageUnchanged(dto.stage);
      return this.apply(m, customer, dto.stage, dto.reason, LifecycleChangeOrigin.Manual, user);
    });
    emitEvent(this.events, CustomerEvents.Updated, { id: customerId });
    return toLifecycleChangeDto(change);
  }

  // For rules and jobs (first order → formation, repeat orders → stability, falling revenue →
  // decline, churn confirmed → terminated). Runs in the caller's transaction; leaves a stage set by
  // hand alone unless `force`. Returns whether the stage changed.
  async proposeStage(
    m: EntityManager,
    customerId: string,
    stage: LifecycleStage,
    reason: string | KeyedReason,
    options: { force?: boolean } = {},
  ): Promise<boolean> {
    const customer = await m.findOne(Customer, { where: { id: customerId }, lock: { mode: 'pessimistic_write' } });
    if (!customer || customer.lifecycleStage === stage) return false;
    if (!options.force && customer.classificationOverrides.includes(OverridableClassification.LifecycleStage))
      return false;
    await this.apply(m, customer, stage, reason, LifecycleChangeOrigin.Rule, null);
    return true;
  }

  private async apply(
    m: EntityManager,
    customer: Customer,
    stage: LifecycleStage,
    reason: string | KeyedReason,
    origin: LifecycleChangeOrigin,
    user: AuthUser | null,
  ): Promise<LifecycleChange> {
    const fromStage = customer.lifecycleStage;
    customer.lifecycleStage = stage;
    if (
      origin === LifecycleChangeOrigin.Manual &&
      !customer.classificationOverrides.includes(OverridableClassification.LifecycleStage)
    )
      customer.classificationOverrides = [
        ...customer.classificationOverrides,
        OverridableClassification.LifecycleStage,
      ];
    await m.save(customer);
    return recordLifecycleChange(m, {
      customerId: customer.id,
      fromStage,
      toStage: stage,
      reason,
      origin,
      actor: user,
    });
  }
}
