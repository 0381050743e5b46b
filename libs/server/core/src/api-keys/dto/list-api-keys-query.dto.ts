import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { QueryBoolean } from '../../validation/decorators';

// q searches name and prefix; sort on name, createdAt, lastUsedAt, expiresAt.
export class ListApiKeysQueryDto extends ListQueryDto {
  /** Only keys holding this scope. */
  @ApiPropertyOptional({ example: 'customers.read' })
  @IsOptional()
  @IsString()
  scope?: string;

  /** true: only revoked keys; false: only keys not revoked. */
  @QueryBoolean()
  revoked?: boolean;
}
