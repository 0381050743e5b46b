import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, Matches } from 'class-validator';
import { ListQueryDto } from '../../pagination/list-query.dto';
import { translatedAs } from '../../validation/decorators';
import { ENTITY_NAME } from './upload-file.dto';

// The files of one record; q matches the file name; sort on createdAt (default newest first), fileName, size.
export class ListFilesQueryDto extends ListQueryDto {
  @ApiProperty({ example: 'orders' })
  @IsString({ message: 'entity must be text' })
  @Matches(ENTITY_NAME, {
    message: 'entity must be a resource name such as "orders"',
    context: translatedAs('validation.resource_name'),
  })
  entity!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId!: string;
}
