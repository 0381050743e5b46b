import { ApiProperty } from '@nestjs/swagger';
import { DictionaryEntry } from '../dictionary-entry.entity';

export class DictionaryEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  /** The list the entry belongs to, e.g. region, industry, customer_source, interaction_type. */
  @ApiProperty({ example: 'region' }) type!: string;
  /** Stable key stored on records (never changes). */
  @ApiProperty({ example: 'east_china' }) key!: string;
  @ApiProperty({ example: 'East China' }) labelEn!: string;
  @ApiProperty({ example: '华东' }) labelZh!: string;
  /** Display order within the type, ascending. */
  @ApiProperty() sortOrder!: number;
  /** Inactive entries stay on existing records but cannot be chosen for new values. */
  @ApiProperty() active!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class DictionaryEntryPageDto {
  @ApiProperty({ type: [DictionaryEntryDto] }) data!: DictionaryEntryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toDictionaryEntryDto = (e: DictionaryEntry): DictionaryEntryDto => ({
  id: e.id,
  type: e.type,
  key: e.key,
  labelEn: e.labelEn,
  labelZh: e.labelZh,
  sortOrder: e.sortOrder,
  active: e.active,
  createdAt: e.createdAt.toISOString(),
  updatedAt: e.updatedAt.toISOString(),
  version: e.version,
});
