import { IsId } from '@crm/server-core';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsOptional, MaxLength } from 'class-validator';
import { Nullable, NullableText, OptionalEnum, RequiredText } from '../../common/validation';
import { BuyingRole, Gender } from '../contact.entity';

const emptyToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

// Fields shared by create and update; null clears on update.
export class ContactFieldsDto {
  @OptionalEnum(Gender, 'Gender', { nullable: true })
  gender?: Gender | null;

  @NullableText(200, '采购经理')
  title?: string | null;

  @NullableText(50, '+86 138 1234 5678')
  mobile?: string | null;

  @NullableText(50)
  phone?: string | null;

  @ApiPropertyOptional({ type: String, format: 'email', nullable: true })
  @Transform(emptyToNull)
  @Nullable()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(320)
  email?: string | null;

  /** true makes this the customer's primary contact (the previous one stops being primary). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'isPrimary must be true or false' })
  isPrimary?: boolean;

  @OptionalEnum(BuyingRole, 'BuyingRole', { nullable: true })
  buyingRole?: BuyingRole | null;

  @NullableText(2000, 'Prefers morning calls; no calls on Fridays')
  preferences?: string | null;

  @NullableText(5000)
  notes?: string | null;
}

export class CreateContactDto extends ContactFieldsDto {
  @IsId('The customer the contact works for')
  customerId!: string;

  @RequiredText(200, '李伟')
  name!: string;
}
