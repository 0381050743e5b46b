import { ApiProperty } from '@nestjs/swagger';
import { DashboardTileItem, DashboardTileKind, DashboardTileMeta, DashboardTileValue } from '../dashboard-tile';

export class DashboardAmountDto {
  @ApiProperty({ example: 'CNY' }) currency!: string;
  /** Decimal string. */
  @ApiProperty({ example: '12500.00' }) amount!: string;
}

export class DashboardTileItemDto {
  /** Category key (breakdown tiles) or record id (recent tiles). */
  @ApiProperty() key!: string;
  @ApiProperty({ type: String, nullable: true }) label!: string | null;
  @ApiProperty({ type: String, nullable: true }) detail!: string | null;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: String, nullable: true }) status!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) date!: string | null;
  /** Admin route of the record or of the list filtered to the category. */
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  /** Named counts, e.g. created/updated/failed rows of an import. */
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: { type: 'number' } })
  figures!: Record<string, number> | null;
}

export class DashboardTileDto {
  /** Unique tile id, e.g. "orders.awaiting_payment". */
  @ApiProperty({ example: 'orders.awaiting_payment' }) id!: string;
  /** Admin i18n key of the title. */
  @ApiProperty({ example: 'crm.dashboard.tiles.orders_awaiting_payment' }) label!: string;
  @ApiProperty({ enum: DashboardTileKind, enumName: 'DashboardTileKind' }) kind!: DashboardTileKind;
  /** Admin route the tile leads to. */
  @ApiProperty({ type: String, nullable: true }) link!: string | null;
  /** Admin i18n prefix of item labels (`<itemLabels>.<key>`); null: items carry their label. */
  @ApiProperty({ type: String, nullable: true, example: 'crm.enums.lifecycleStage' }) itemLabels!: string | null;
  /** Admin i18n prefix of item statuses (`<statusLabels>.<status>`). */
  @ApiProperty({ type: String, nullable: true }) statusLabels!: string | null;
  /** The count (number tiles; total of recent tiles when known). */
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  /** Sums per currency (money tiles). */
  @ApiProperty({ type: [DashboardAmountDto], nullable: true }) amounts!: DashboardAmountDto[] | null;
  /** Categories (breakdown tiles) or latest records (recent tiles). */
  @ApiProperty({ type: [DashboardTileItemDto], nullable: true }) items!: DashboardTileItemDto[] | null;
  /** The tile's query failed; the other tiles are still answered. */
  @ApiProperty() failed!: boolean;
}

export class DashboardTilesDto {
  /** The tiles the signed-in user may see, in page order. */
  @ApiProperty({ type: [DashboardTileDto] }) data!: DashboardTileDto[];
}

const toItemDto = (i: DashboardTileItem): DashboardTileItemDto => ({
  key: i.key,
  label: i.label ?? null,
  detail: i.detail ?? null,
  value: i.value ?? null,
  status: i.status ?? null,
  date: i.date instanceof Date ? i.date.toISOString() : (i.date ?? null),
  link: i.link ?? null,
  figures: i.figures ?? null,
});

export const toDashboardTileDto = (meta: DashboardTileMeta, value: DashboardTileValue | null): DashboardTileDto => ({
  id: meta.name,
  label: meta.label,
  kind: meta.kind,
  link: value?.link ?? meta.link ?? null,
  itemLabels: meta.itemLabels ?? null,
  statusLabels: meta.statusLabels ?? null,
  value: value?.value ?? null,
  amounts: value?.amounts ?? null,
  items: value?.items?.map(toItemDto) ?? null,
  failed: value === null,
});
