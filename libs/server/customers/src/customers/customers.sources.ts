import { Injectable } from '@nestjs/common';
import { SearchSource } from '../search/search-source';
import { CUSTOMER_TEXT_MATCH, CUSTOMER_TEXT_RANK } from './customers.service';

@Injectable()
@SearchSource({
  name: 'customer',
  sql: `SELECT c.id, c.name AS title, concat_ws(' · ', c.code, c.phone, c.email) AS subtitle,
               c.id AS customer_id, ${CUSTOMER_TEXT_RANK} AS rank
        FROM customers c
        WHERE c.deleted_at IS NULL AND ${CUSTOMER_TEXT_MATCH}`,
})
export class CustomerSearchSource {}
