import {
  assertVersion,
  AuthUser,
  ForbiddenError,
  hasPermission,
  likePattern,
  msg,
  NotFoundError,
  Page,
  paginate,
  User,
} from '@crm/server-core';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { lowerBound, upperBound } from '../common/validation';
import { Contact } from '../contacts/contact.entity';
import { CustomerAccessService } from '../customers/customer-access.service';
import { DictionaryService } from '../dictionary/dictionary.service';
import { CreateInteractionDto } from './dto/create-interaction.dto';
import { InteractionDto, toInteractionDto } from './dto/interaction.dto';
import { ListInteractionsQueryDto } from './dto/list-interactions-query.dto';
import { UpdateInteractionDto } from './dto/update-interaction.dto';
import { Interaction } from './interaction.entity';
import { contactNotOfCustomer, unknownStaff } from './interactions.errors';

const SORTABLE = { occurredAt: 'i.occurredAt', createdAt: 'i.createdAt', nextStepAt: 'i.nextStepAt' };
const TEXT_FIELDS = ['place', 'details', 'outcome', 'nextStep'] as const;

// Interaction records (SPEC 1.4); visible exactly when their customer is.
@Injectable()
export class InteractionsService implements OnModuleInit {
  constructor(
    @InjectRepository(Interaction) private readonly interactions: Repository<Interaction>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
    @Inject(DictionaryService) private readonly dictionary: DictionaryService,
  ) {}

  onModuleInit() {
    this.dictionary.registerUsage('interaction_type', { table: 'interactions', column: 'type' });
  }

  async listInteractions(query: ListInteractionsQueryDto, user: AuthUser): Promise<Page<InteractionDto>> {
    const qb = this.interactions.createQueryBuilder('i');
    await this.access.restrictToVisibleCustomers(qb, 'i.customer_id', user);
    for (const field of ['customerId', 'contactId', 'type', 'staffId'] as const) {
      if (query[field]) qb.andWhere(`i.${field} = :${field}`, { [field]: query[field] });
    }
    if (query.from) qb.andWhere(lowerBound('i.occurred_at', 'from', query.from), { from: query.from });
    if (query.to) qb.andWhere(upperBound('i.occurred_at', 'to', query.to), { to: query.to });
    if (query.nextStepFrom)
      qb.andWhere(lowerBound('i.next_step_at', 'nextStepFrom', query.nextStepFrom), {
        nextStepFrom: query.nextStepFrom,
      });
    if (query.nextStepTo)
      qb.andWhere(upperBound('i.next_step_at', 'nextStepTo', query.nextStepTo), { nextStepTo: query.nextStepTo });
    if (query.q) qb.andWhere('i.summary ILIKE :q', { q: likePattern(query.q.trim()) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: '-occurredAt' }, toInteractionDto);
  }

  async getInteraction(id: string, user: AuthUser): Promise<InteractionDto> {
    return toInteractionDto(await this.findVisible(this.ds.manager, id, user));
  }

  async createInteraction(dto: CreateInteractionDto, user: AuthUser): Promise<InteractionDto> {
    const id = await this.ds.transaction(async (m) => {
      await this.access.findReferenced(user, dto.customerId, 'customerId', m);
      await this.dictionary.assertActiveKeys([{ field: 'type', type: 'interaction_type', key: dto.type }], m);
      if (dto.contactId) await assertContactOf(m, dto.contactId, dto.customerId);
      const staffId = dto.staffId === undefined ? user.id : dto.staffId;
      if (staffId && staffId !== user.id) await assertActiveStaff(m, staffId);
      const interaction = m.create(Interaction, {
        customerId: dto.customerId,
        contactId: dto.contactId ?? null,
        occurredAt: dto.occurredAt ? new Date(dto.occurredAt) : new Date(),
        type: dto.type,
        summary: dto.summary,
        nextStepAt: dto.nextStepAt ? new Date(dto.nextStepAt) : null,
        staffId,
      });
      for (const field of TEXT_FIELDS) interaction[field] = dto[field] ?? null;
      return (await m.save(interaction)).id;
    });
    return toInteractionDto(await this.interactions.findOneByOrFail({ id }));
  }

  async updateInteraction(id: string, dto: UpdateInteractionDto, user: AuthUser): Promise<InteractionDto> {
    await this.ds.transaction(async (m) => {
      const interaction = await this.findVisible(m, id, user, true);
      assertVersion(interaction, dto.version, 'Interaction');
      if (dto.type !== undefined && dto.type !== interaction.type) {
        await this.dictionary.assertActiveKeys([{ field: 'type', type: 'interaction_type', key: dto.type }], m);
        interaction.type = dto.type;
      }
      if (dto.contactId !== undefined && dto.contactId !== interaction.contactId) {
        if (dto.contactId) await assertContactOf(m, dto.contactId, interaction.customerId);
        interaction.contactId = dto.contactId;
      }
      if (dto.staffId !== undefined && dto.staffId !== interaction.staffId) {
        if (dto.staffId) await assertActiveStaff(m, dto.staffId);
        interaction.staffId = dto.staffId;
      }
      if (dto.occurredAt !== undefined) interaction.occurredAt = new Date(dto.occurredAt);
      if (dto.nextStepAt !== undefined) interaction.nextStepAt = dto.nextStepAt ? new Date(dto.nextStepAt) : null;
      if (dto.summary !== undefined) interaction.summary = dto.summary;
      for (const field of TEXT_FIELDS) if (dto[field] !== undefined) interaction[field] = dto[field];
      await m.save(interaction);
    });
    return this.getInteraction(id, user);
  }

  async deleteInteraction(id: string, user: AuthUser): Promise<void> {
    await this.ds.transaction(async (m) => {
      const interaction = await this.findVisible(m, id, user, true);
      // Without `.any`, only the interactions the user is the staff member of.
      if (!hasPermission(user, 'interactions.delete.any') && interaction.staffId !== user.id)
        throw new ForbiddenError(msg('forbidden.interaction_not_own'));
      await m.remove(interaction);
    });
  }

  private async findVisible(m: EntityManager, id: string, user: AuthUser, lock = false): Promise<Interaction> {
    const interaction = await m.findOne(Interaction, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!interaction) throw new NotFoundError('Interaction', id);
    await this.access.assertLinkedVisible(user, interaction.customerId, 'Interaction', id, m);
    return interaction;
  }
}

async function assertContactOf(m: EntityManager, contactId: string, customerId: string) {
  if (!(await m.existsBy(Contact, { id: contactId, customerId }))) throw contactNotOfCustomer();
}

async function assertActiveStaff(m: EntityManager, staffId: string) {
  if (!(await m.existsBy(User, { id: staffId, active: true }))) throw unknownStaff();
}
