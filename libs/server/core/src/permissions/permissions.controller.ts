import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from './require-permission.decorator';
import { PermissionPageDto } from './permission.dto';
import { PermissionsService } from './permissions.service';

@ApiTags('permissions')
@Controller('permissions')
export class PermissionsController {
  constructor(@Inject(PermissionsService) private readonly permissions: PermissionsService) {}

  // Readable by every signed-in user: it says what each role may do, which is no secret, and the
  // admin shows it where keys are scoped and roles are explained.
  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'The permission catalog: every permission, what it allows and the roles holding it (one page)',
    operationId: 'listPermissions',
  })
  @ApiOkResponse({ type: PermissionPageDto })
  listPermissions(): PermissionPageDto {
    const data = [...this.permissions.catalog().values()].map((p) => ({
      id: p.key,
      key: p.key,
      module: p.module,
      description: p.description,
      roles: [...p.roles],
    }));
    return { data, total: data.length, page: 1, pageSize: data.length };
  }
}
