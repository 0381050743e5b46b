import { ListQueryDto, QueryBoolean } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { OptionalEnum } from '../../common/validation';
import { BuyingRole } from '../contact.entity';

// q searches name, email, mobile and phone; sort on name, createdAt (default name).
export class ListContactsQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'customerId must be a UUID' })
  customerId?: string;

  @QueryBoolean()
  isPrimary?: boolean;

  @OptionalEnum(BuyingRole, 'BuyingRole')
  buyingRole?: BuyingRole;
}
