import { ApiProperty } from '@nestjs/swagger';

export class SearchResultDto {
  /** What was found: customer, contact, or a type another module adds (order, …). */
  @ApiProperty({ example: 'customer' }) type!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '上海华信贸易有限公司' }) title!: string;
  /** A second line: code, phone, email, the customer's name… */
  @ApiProperty({ type: String, nullable: true }) subtitle!: string | null;
  /** The customer the record belongs to (its own id for a customer); null for records of no customer (articles, campaigns…). */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) customerId!: string | null;
}

export class SearchResultsDto {
  /** Best matches first. */
  @ApiProperty({ type: [SearchResultDto] }) data!: SearchResultDto[];
}
