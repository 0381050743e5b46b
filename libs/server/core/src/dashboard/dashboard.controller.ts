import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { Authenticated } from '../permissions/require-permission.decorator';
import { DashboardService } from './dashboard.service';
import { DashboardTilesDto } from './dto/dashboard-tile.dto';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(@Inject(DashboardService) private readonly dashboard: DashboardService) {}

  @Get('tiles')
  @Authenticated()
  @ApiOperation({
    summary: 'The dashboard tiles I may see, with their values (over the records visible to me)',
    operationId: 'listDashboardTiles',
  })
  @ApiOkResponse({ type: DashboardTilesDto })
  listDashboardTiles(@CurrentUser() user: AuthUser): Promise<DashboardTilesDto> {
    return this.dashboard.listTiles(user);
  }
}
