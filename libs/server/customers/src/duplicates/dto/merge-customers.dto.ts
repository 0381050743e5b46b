import { IsId } from '@crm/server-core';

export class MergeCustomersDto {
  /** The duplicate to merge into this customer; it ends in the bin, pointing here. */
  @IsId('The duplicate customer merged into the target')
  sourceId!: string;
}
