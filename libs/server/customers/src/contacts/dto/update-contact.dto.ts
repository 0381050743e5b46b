import { ApiProperty } from '@nestjs/swagger';
import { IsInt, Min } from 'class-validator';
import { OptionalText } from '../../common/validation';
import { ContactFieldsDto } from './create-contact.dto';

// The customer of a contact does not change; create a contact at the other customer instead.
export class UpdateContactDto extends ContactFieldsDto {
  @OptionalText(200)
  name?: string;

  /** The version you read; a stale one answers 409 stale_version. */
  @ApiProperty()
  @IsInt({ message: 'version must be a whole number' })
  @Min(1)
  version!: number;
}
