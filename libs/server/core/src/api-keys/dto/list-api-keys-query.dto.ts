import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { ALL_ROLES, Role } from '../../auth/roles';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { QueryBoolean } from '../../validation/decorators';

// q searches name and prefix; sort on name, createdAt, lastUsedAt, expiresAt.
export class ListApiKeysQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role, { message: `role must be one of: ${ALL_ROLES.join(', ')}` })
  role?: Role;

  /** true: only revoked keys; false: only keys not revoked. */
  @QueryBoolean()
  revoked?: boolean;
}
