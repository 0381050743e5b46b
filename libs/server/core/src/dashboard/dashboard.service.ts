import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { AuthUser } from '../auth/auth-user';
import { Contribution, ContributionsService } from '../platform/contributions';
import { RecordVisibilityService } from '../visibility/record-visibility.service';
import { DashboardTile, DashboardTileMeta, DashboardTileQuery, maySeeTile } from './dashboard-tile';
import { DashboardTilesDto, toDashboardTileDto } from './dto/dashboard-tile.dto';

// The dashboard tiles registry: tiles are declared by the libs (@DashboardTile) and computed here
// for the signed-in user, all in parallel, each narrowed to the records the user may see.
@Injectable()
export class DashboardService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Dashboard');
  private tiles: Contribution<DashboardTileMeta, DashboardTileQuery>[] = [];

  constructor(
    @Inject(ContributionsService) private readonly contributions: ContributionsService,
    @Inject(RecordVisibilityService) private readonly visibility: RecordVisibilityService,
  ) {}

  onApplicationBootstrap() {
    this.tiles = this.contributions
      .collect<DashboardTileMeta, DashboardTileQuery>(DashboardTile)
      .sort((a, b) => (a.meta.order ?? 1000) - (b.meta.order ?? 1000) || a.meta.name.localeCompare(b.meta.name));
  }

  // Tile metadata, for tests and docs.
  registered(): DashboardTileMeta[] {
    return this.tiles.map((t) => t.meta);
  }

  // A failing tile is answered as failed (and logged) so one bad query does not blank the page.
  async listTiles(user: AuthUser): Promise<DashboardTilesDto> {
    const tiles = this.tiles.filter((t) => maySeeTile(user, t.meta));
    if (!tiles.length) return { data: [] };
    const scope = await this.visibility.scopeFor(user);
    const data = await Promise.all(
      tiles.map(async ({ meta, instance }) => {
        try {
          return toDashboardTileDto(meta, await instance.compute({ user, scope }));
        } catch (e) {
          this.logger.error(`dashboard tile ${meta.name} failed: ${(e as Error).stack ?? e}`);
          return toDashboardTileDto(meta, null);
        }
      }),
    );
    return { data };
  }
}
