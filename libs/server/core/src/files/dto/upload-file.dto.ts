import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { IsId, translatedAs } from '../../validation/decorators';

export const ENTITY_NAME = /^[a-z][a-z0-9_]{0,49}$/;

// The form fields sent with the file (multipart/form-data).
export class UploadFileDto {
  /** Kind of record to attach to, e.g. "orders". */
  @ApiProperty({ example: 'orders' })
  @IsString({ message: 'entity must be text' })
  @Matches(ENTITY_NAME, {
    message: 'entity must be a resource name such as "orders"',
    context: translatedAs('validation.resource_name'),
  })
  entity!: string;

  @IsId('Id of the record to attach to')
  entityId!: string;
}

// What the OpenAPI document shows for the upload body.
export class UploadFileBodyDto extends UploadFileDto {
  /** At most 20 MB; larger answers 413. */
  @ApiProperty({ type: 'string', format: 'binary' })
  file!: unknown;
}
