import { assertVersion, AuthUser, likePattern, NotFoundError, Page, paginate } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { isUniqueViolation } from '../common/db-errors';
import { CustomerAccessService } from '../customers/customer-access.service';
import { Contact } from './contact.entity';
import { primaryContactConflict } from './contacts.errors';
import { ContactDto, toContactDto } from './dto/contact.dto';
import { ContactFieldsDto, CreateContactDto } from './dto/create-contact.dto';
import { ListContactsQueryDto } from './dto/list-contacts-query.dto';
import { UpdateContactDto } from './dto/update-contact.dto';

const SORTABLE = { name: 'ct.name', createdAt: 'ct.createdAt' };
const FIELDS = [
  'name',
  'gender',
  'title',
  'mobile',
  'phone',
  'email',
  'isPrimary',
  'buyingRole',
  'preferences',
  'notes',
] as const satisfies ReadonlyArray<keyof Contact & keyof UpdateContactDto>;

// Contacts are visible exactly when their customer is.
@Injectable()
export class ContactsService {
  constructor(
    @InjectRepository(Contact) private readonly contacts: Repository<Contact>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
  ) {}

  async listContacts(query: ListContactsQueryDto, user: AuthUser): Promise<Page<ContactDto>> {
    const qb = this.contacts.createQueryBuilder('ct');
    await this.access.restrictToVisibleCustomers(qb, 'ct.customer_id', user);
    if (query.customerId?.length) qb.andWhere('ct.customerId IN (:...customerIds)', { customerIds: query.customerId });
    if (query.isPrimary !== undefined) qb.andWhere('ct.isPrimary = :isPrimary', { isPrimary: query.isPrimary });
    if (query.buyingRole) qb.andWhere('ct.buyingRole = :buyingRole', { buyingRole: query.buyingRole });
    if (query.q)
      qb.andWhere('(ct.name ILIKE :q OR ct.email ILIKE :q OR ct.mobile ILIKE :q OR ct.phone ILIKE :q)', {
        q: likePattern(query.q.trim()),
      });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: 'name' }, toContactDto);
  }

  async getContact(id: string, user: AuthUser): Promise<ContactDto> {
    return toContactDto(await this.findVisible(this.ds.manager, id, user));
  }

  async createContact(dto: CreateContactDto, user: AuthUser): Promise<ContactDto> {
    const id = await this.ds.transaction(async (m) => {
      // Locking the customer serialises primary-contact changes for it.
      await this.access.findReferenced(user, dto.customerId, 'customerId', m, true);
      if (dto.isPrimary) await this.clearPrimary(m, dto.customerId);
      const contact = m.create(Contact, { customerId: dto.customerId, isPrimary: false });
      assignFields(contact, dto);
      return (await this.save(m, contact)).id;
    });
    return toContactDto(await this.contacts.findOneByOrFail({ id }));
  }

  async updateContact(id: string, dto: UpdateContactDto, user: AuthUser): Promise<ContactDto> {
    await this.ds.transaction(async (m) => {
      const contact = await this.findVisible(m, id, user, true);
      assertVersion(contact, dto.version, 'Contact');
      if (dto.isPrimary && !contact.isPrimary) {
        await this.access.findVisible(user, contact.customerId, m, true);
        await this.clearPrimary(m, contact.customerId);
      }
      assignFields(contact, dto);
      await this.save(m, contact);
    });
    return this.getContact(id, user);
  }

  async deleteContact(id: string, user: AuthUser): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.remove(await this.findVisible(m, id, user, true));
    });
  }

  private async findVisible(m: EntityManager, id: string, user: AuthUser, lock = false): Promise<Contact> {
    const contact = await m.findOne(Contact, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!contact) throw new NotFoundError('Contact', id);
    await this.access.assertLinkedVisible(user, contact.customerId, 'Contact', id, m);
    return contact;
  }

  // The previous primary contact stops being primary (saved one by one so the audit log sees it).
  private async clearPrimary(m: EntityManager, customerId: string) {
    for (const previous of await m.find(Contact, { where: { customerId, isPrimary: true } })) {
      previous.isPrimary = false;
      await m.save(previous);
    }
  }

  private async save(m: EntityManager, contact: Contact): Promise<Contact> {
    try {
      return await m.save(contact);
    } catch (e) {
      if (isUniqueViolation(e, 'uq_contacts_primary')) throw primaryContactConflict();
      throw e;
    }
  }
}

function assignFields(contact: Contact, dto: ContactFieldsDto & { name?: string }) {
  const target = contact as unknown as Record<string, unknown>;
  const source = dto as unknown as Record<string, unknown>;
  for (const field of FIELDS) if (source[field] !== undefined) target[field] = source[field];
}
