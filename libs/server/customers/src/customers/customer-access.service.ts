import { AuthUser, fieldError, InvalidInputError, msg, NotFoundError, RecordVisibilityService } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Customer } from './customer.entity';

// Row-level access to customers for this lib and for every module whose records hang off a
// customer: such records are visible exactly when their customer is.
@Injectable()
export class CustomerAccessService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
  ) {}

  // A live customer the user may see, else 404 (an invisible one looks missing). With `lock`, the
  // row is locked for the rest of the caller's transaction.
  async findVisible(user: AuthUser, id: string, m: EntityManager = this.ds.manager, lock = false): Promise<Customer> {
    const customer = await m.findOne(Customer, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!customer) throw new NotFoundError('Customer', id);
    await this.visibility.assertVisible(user, customer.ownerId, 'Customer', id);
    return customer;
  }

  // The same for a customerId sent in a request body: a missing or invisible one is a 400 naming the field.
  async findReferenced(
    user: AuthUser,
    id: string,
    field = 'customerId',
    m: EntityManager = this.ds.manager,
    lock = false,
  ): Promise<Customer> {
    try {
      return await this.findVisible(user, id, m, lock);
    } catch (e) {
      if (e instanceof NotFoundError)
        throw new InvalidInputError(msg('validation_failed.unknown_customer'), [
          fieldError(field, 'field.existing_customer'),
        ]);
      throw e;
    }
  }

  // For a record linked to a customer (contact, interaction, order…): 404 for that record unless its
  // customer is live and visible to the user. Returns the customer.
  async assertLinkedVisible(
    user: AuthUser,
    customerId: string,
    entity: string,
    id: string,
    m: EntityManager = this.ds.manager,
  ): Promise<Customer> {
    const customer = await m.findOne(Customer, { where: { id: customerId } });
    if (!customer) throw new NotFoundError(entity, id);
    await this.visibility.assertVisible(user, customer.ownerId, entity, id);
    return customer;
  }

  // Narrows a list of customer-linked records (customerIdSql: e.g. "i.customer_id") to live,
  // visible customers.
  async restrictToVisibleCustomers<T extends ObjectLiteral>(
    qb: SelectQueryBuilder<T>,
    customerIdSql: string,
    user: AuthUser,
  ): Promise<SelectQueryBuilder<T>> {
    const sub = qb
      .subQuery()
      .select('1')
      .from('customers', 'vc')
      .where(`vc.id = ${customerIdSql}`)
      .andWhere('vc.deleted_at IS NULL');
    await this.visibility.applyToQuery(sub, 'vc.owner_id', user);
    return qb.andWhere(`EXISTS ${sub.getQuery()}`).setParameters(sub.getParameters());
  }
}
