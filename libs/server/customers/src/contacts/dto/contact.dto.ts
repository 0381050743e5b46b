import { ApiProperty } from '@nestjs/swagger';
import { BuyingRole, Contact, Gender } from '../contact.entity';

const nullableText = { type: String, nullable: true } as const;

export class ContactDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ example: '李伟' }) name!: string;
  @ApiProperty({ enum: Gender, enumName: 'Gender', nullable: true }) gender!: Gender | null;
  /** Job title. */
  @ApiProperty({ ...nullableText, example: '采购经理' }) title!: string | null;
  @ApiProperty(nullableText) mobile!: string | null;
  @ApiProperty(nullableText) phone!: string | null;
  @ApiProperty(nullableText) email!: string | null;
  /** The customer's primary contact (at most one per customer). */
  @ApiProperty() isPrimary!: boolean;
  /** Role in the customer's buying center. */
  @ApiProperty({ enum: BuyingRole, enumName: 'BuyingRole', nullable: true }) buyingRole!: BuyingRole | null;
  /** Personal preferences for one-to-one service, e.g. "prefers morning calls". */
  @ApiProperty(nullableText) preferences!: string | null;
  @ApiProperty(nullableText) notes!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class ContactPageDto {
  @ApiProperty({ type: [ContactDto] }) data!: ContactDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toContactDto = (c: Contact): ContactDto => ({
  id: c.id,
  customerId: c.customerId,
  name: c.name,
  gender: c.gender,
  title: c.title,
  mobile: c.mobile,
  phone: c.phone,
  email: c.email,
  isPrimary: c.isPrimary,
  buyingRole: c.buyingRole,
  preferences: c.preferences,
  notes: c.notes,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
  version: c.version,
});
