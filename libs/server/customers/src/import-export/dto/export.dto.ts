import { ApiProperty } from '@nestjs/swagger';

export class ExportableListDto {
  /** What GET /exports/{entity} takes. */
  @ApiProperty({ example: 'customers' }) entity!: string;
  /** The list's name in the caller's language. */
  @ApiProperty({ example: 'Customers' }) label!: string;
}

export class ExportableListsDto {
  /** Every list that can be exported, from every module's registry. */
  @ApiProperty({ type: [ExportableListDto] }) data!: ExportableListDto[];
}
