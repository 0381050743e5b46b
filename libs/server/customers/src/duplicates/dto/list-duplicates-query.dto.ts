import { PageQueryDto } from '@crm/server-core';
import { OptionalEnum } from '../../common/validation';
import { DuplicateReason } from './duplicate-group.dto';

// Sort on size (customers in the group) or key (default -size,key); q searches the shared key.
export class ListDuplicatesQueryDto extends PageQueryDto {
  /** Only groups found by this reason. */
  @OptionalEnum(DuplicateReason, 'DuplicateReason')
  reason?: DuplicateReason;
}
