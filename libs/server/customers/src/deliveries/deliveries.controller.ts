import { AuthUser, CurrentUser, RequirePermission } from '@crm/server-core';
import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DeliveriesService } from './deliveries.service';
import { DeliveryPageDto, ListDeliveriesQueryDto } from './dto/delivery.dto';

@ApiTags('orders')
@Controller('orders/:orderId/deliveries')
export class DeliveriesController {
  constructor(private readonly deliveries: DeliveriesService) {}

  @Get()
  @ApiOkResponse({ type: DeliveryPageDto })
  @RequirePermission('orders.read')
  @ApiOperation({ summary: "List an order's deliveries", operationId: 'listOrderDeliveries' })
  listOrderDeliveries(
    @Param('orderId', ParseUUIDPipe) orderId: string,
    @Query() query: ListDeliveriesQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DeliveryPageDto> {
    return this.deliveries.listOrderDeliveries(orderId, query, user);
  }
}
