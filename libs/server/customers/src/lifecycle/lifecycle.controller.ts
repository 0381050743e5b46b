import { AuthUser, CurrentUser, RequirePermission } from '@crm/server-core';
import { Body, Controller, Inject, Get, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ChangeLifecycleStageDto } from './dto/change-lifecycle-stage.dto';
import { LifecycleChangeDto, LifecycleChangePageDto } from './dto/lifecycle-change.dto';
import { ListLifecycleChangesQueryDto } from './dto/list-lifecycle-changes-query.dto';
import { LifecycleService } from './lifecycle.service';

@ApiTags('customers')
@Controller('customers')
export class LifecycleController {
  constructor(@Inject(LifecycleService) private readonly lifecycle: LifecycleService) {}

  @Get(':id/lifecycle')
  @RequirePermission('customers.read')
  @ApiOperation({ summary: "A customer's lifecycle stage history", operationId: 'listLifecycleChanges' })
  @ApiOkResponse({ type: LifecycleChangePageDto })
  listLifecycleChanges(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ListLifecycleChangesQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LifecycleChangePageDto> {
    return this.lifecycle.listLifecycleChanges(id, query, user);
  }

  @Post(':id/lifecycle')
  @RequirePermission('customers.write')
  @ApiOperation({
    summary: "Set a customer's lifecycle stage by hand, with a reason",
    operationId: 'changeLifecycleStage',
  })
  @ApiCreatedResponse({ type: LifecycleChangeDto })
  changeLifecycleStage(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ChangeLifecycleStageDto,
    @CurrentUser() user: AuthUser,
  ): Promise<LifecycleChangeDto> {
    return this.lifecycle.changeLifecycleStage(id, dto, user);
  }
}
