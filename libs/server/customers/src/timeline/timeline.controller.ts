import { AuthUser, CurrentUser, Locale, RequestLocale, RequirePermission } from '@crm/server-core';
import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { TimelinePageDto, TimelineTypesDto } from './dto/timeline-item.dto';
import { TimelineQueryDto } from './dto/timeline-query.dto';
import { TimelineService } from './timeline.service';

@ApiTags('customers')
@Controller('customers')
export class TimelineController {
  constructor(@Inject(TimelineService) private readonly timeline: TimelineService) {}

  @Get(':id/timeline')
  @RequirePermission('customers.read')
  @ApiOperation({
    summary: "A customer's activity timeline: interactions, lifecycle changes, orders, … newest first",
    operationId: 'getCustomerTimeline',
  })
  @ApiOkResponse({ type: TimelinePageDto })
  getCustomerTimeline(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: TimelineQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<TimelinePageDto> {
    return this.timeline.getCustomerTimeline(id, query, user);
  }

  @Get(':id/timeline/types')
  @RequirePermission('customers.read')
  @ApiOperation({
    summary: "The timeline's item types (for its filter), with this customer's count of each",
    operationId: 'listCustomerTimelineTypes',
  })
  @ApiOkResponse({ type: TimelineTypesDto })
  listCustomerTimelineTypes(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
    @RequestLocale() locale: Locale,
  ): Promise<TimelineTypesDto> {
    return this.timeline.listCustomerTimelineTypes(id, user, locale);
  }
}
