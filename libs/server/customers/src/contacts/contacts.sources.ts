import { Injectable } from '@nestjs/common';
import { SearchSource } from '../search/search-source';

@Injectable()
@SearchSource({
  name: 'contact',
  sql: `SELECT ct.id, ct.name AS title, concat_ws(' · ', cu.name, ct.title, coalesce(ct.mobile, ct.phone), ct.email) AS subtitle,
               ct.customer_id, greatest(word_similarity(:q, ct.name), word_similarity(:q, coalesce(ct.email, '')),
               CASE WHEN ct.mobile ILIKE :pattern OR ct.phone ILIKE :pattern THEN 0.8 ELSE 0 END) AS rank
        FROM contacts ct JOIN customers cu ON cu.id = ct.customer_id
        WHERE ct.name ILIKE :pattern OR ct.email ILIKE :pattern OR ct.mobile ILIKE :pattern OR ct.phone ILIKE :pattern`,
})
export class ContactSearchSource {}
