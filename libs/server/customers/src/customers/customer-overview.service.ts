import { AuthUser } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrderStatus } from '../orders/order.entity';
import { CustomerAccessService } from './customer-access.service';
import { CustomerOverviewDto } from './dto/customer-overview.dto';

interface NextStepRow {
  id: string;
  next_step: string;
  next_step_at: Date | null;
  staff_id: string | null;
}

// Balance, primary contact and next step of one customer, for the top of its page.
@Injectable()
export class CustomerOverviewService {
  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(CustomerAccessService) private readonly access: CustomerAccessService,
  ) {}

  async getOverview(id: string, user: AuthUser): Promise<CustomerOverviewDto> {
    const customer = await this.access.findVisible(user, id);
    const [[balance], [contact], nextSteps] = await Promise.all([
      this.ds.query(
        `SELECT coalesce(sum(total - paid_amount), 0)::numeric(14,2)::text AS outstanding,
                count(*) FILTER (WHERE total > paid_amount)::int AS unpaid
         FROM orders WHERE customer_id = $1 AND status = ANY($2)`,
        [customer.id, [OrderStatus.Confirmed, OrderStatus.Delivered]],
      ),
      this.ds.query(
        `SELECT id, name, title, mobile, phone, email FROM contacts
         WHERE customer_id = $1 AND is_primary LIMIT 1`,
        [customer.id],
      ),
      // Earliest step due from today on, then the latest undated one.
      this.ds.query(
        `(SELECT id, next_step, next_step_at, staff_id, 0 AS rank FROM interactions
          WHERE customer_id = $1 AND next_step IS NOT NULL AND next_step_at >= current_date
          ORDER BY next_step_at, id LIMIT 1)
         UNION ALL
         (SELECT id, next_step, next_step_at, staff_id, 1 AS rank FROM interactions
          WHERE customer_id = $1 AND next_step IS NOT NULL AND next_step_at IS NULL
          ORDER BY occurred_at DESC, id LIMIT 1)
         ORDER BY rank LIMIT 1`,
        [customer.id],
      ) as Promise<NextStepRow[]>,
    ]);
    const step = nextSteps[0];
    return {
      outstandingAmount: balance.outstanding,
      unpaidOrderCount: balance.unpaid,
      primaryContact: contact
        ? {
            id: contact.id,
            name: contact.name,
            title: contact.title,
            mobile: contact.mobile,
            phone: contact.phone,
            email: contact.email,
          }
        : null,
      nextStep: step
        ? {
            interactionId: step.id,
            nextStep: step.next_step,
            nextStepAt: step.next_step_at ? new Date(step.next_step_at).toISOString() : null,
            staffId: step.staff_id,
          }
        : null,
    };
  }
}
