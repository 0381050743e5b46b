import { ApiProperty } from '@nestjs/swagger';
import { CustomerDto } from '../../customers/dto/customer.dto';

export enum DuplicateReason {
  // Same name once case, punctuation, spaces and legal suffixes (Ltd, Inc, 有限公司…) are removed.
  Name = 'name',
  // Same last 8 digits of the phone number.
  Phone = 'phone',
  // Same email, ignoring case.
  Email = 'email',
}

export class DuplicateGroupDto {
  /** What the customers have in common. */
  @ApiProperty({ enum: DuplicateReason, enumName: 'DuplicateReason' }) reason!: DuplicateReason;
  /** The normalised value they share, e.g. "acme", "12345678", "sales@acme.com". */
  @ApiProperty() key!: string;
  /** Oldest first: a natural merge target. */
  @ApiProperty({ type: [CustomerDto] }) customers!: CustomerDto[];
}

export class DuplicateGroupPageDto {
  /** Largest groups first. */
  @ApiProperty({ type: [DuplicateGroupDto] }) data!: DuplicateGroupDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}
