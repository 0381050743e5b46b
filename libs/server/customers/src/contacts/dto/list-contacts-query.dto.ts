import { ListQueryDto, QueryBoolean, QueryIdList } from '@crm/server-core';
import { OptionalEnum } from '../../common/validation';
import { BuyingRole } from '../contact.entity';

// q searches name, email, mobile and phone; sort on name, createdAt (default name).
export class ListContactsQueryDto extends ListQueryDto {
  @QueryIdList('Contacts of this customer, or of these (comma-separated, at most 200).')
  customerId?: string[];

  @QueryBoolean()
  isPrimary?: boolean;

  @OptionalEnum(BuyingRole, 'BuyingRole')
  buyingRole?: BuyingRole;
}
