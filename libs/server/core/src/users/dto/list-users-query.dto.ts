import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { ALL_ROLES, Role } from '../../auth/roles';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { QueryBoolean } from '../../validation/decorators';

// q searches name and email; sort on name, email, createdAt, lastLoginAt.
export class ListUsersQueryDto extends ListQueryDto {
  @ApiPropertyOptional({ enum: Role, enumName: 'Role' })
  @IsOptional()
  @IsEnum(Role, { message: `role must be one of: ${ALL_ROLES.join(', ')}` })
  role?: Role;

  @QueryBoolean()
  active?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'departmentId must be a UUID' })
  departmentId?: string;
}
