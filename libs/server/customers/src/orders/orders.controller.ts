import { AuthUser, CurrentUser, RequirePermission } from '@crm/server-core';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  CancelOrderDto,
  CreateOrderDto,
  DeliverOrderDto,
  ListOrdersQueryDto,
  NextOrderNumberQueryDto,
  UpdateOrderDto,
} from './dto/order-inputs.dto';
import { NextOrderNumberDto, OrderDto, OrderPageDto } from './dto/order.dto';
import { OrderWorkflowService } from './order-workflow.service';
import { OrdersService } from './orders.service';

const TOTALS_NOTE =
  'Totals (lineTotal, subtotal, discountTotal, total) are computed by the server; sending them is rejected as unknown fields (400).';

@ApiTags('orders')
@Controller('orders')
export class OrdersController {
  constructor(
    private readonly orders: OrdersService,
    private readonly workflow: OrderWorkflowService,
  ) {}

  @Get()
  @ApiOkResponse({ type: OrderPageDto })
  @RequirePermission('orders.read')
  @ApiOperation({ summary: 'List the orders of the customers you can see', operationId: 'listOrders' })
  listOrders(@Query() query: ListOrdersQueryDto, @CurrentUser() user: AuthUser): Promise<OrderPageDto> {
    return this.orders.listOrders(query, user);
  }

  @Post()
  @ApiCreatedResponse({ type: OrderDto })
  @RequirePermission('orders.write')
  @ApiOperation({ summary: 'Create a draft order', description: TOTALS_NOTE, operationId: 'createOrder' })
  createOrder(@Body() dto: CreateOrderDto, @CurrentUser() user: AuthUser): Promise<OrderDto> {
    return this.orders.createOrder(dto, user);
  }

  @Get('next-number')
  @ApiOkResponse({ type: NextOrderNumberDto })
  @RequirePermission('orders.write')
  @ApiOperation({
    summary: 'The number the next order created without one would get (a hint; not reserved)',
    operationId: 'getNextOrderNumber',
  })
  getNextOrderNumber(@Query() query: NextOrderNumberQueryDto): Promise<NextOrderNumberDto> {
    return this.orders.getNextOrderNumber(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: OrderDto })
  @RequirePermission('orders.read')
  @ApiOperation({ summary: 'Get an order with its lines, paid and outstanding amounts', operationId: 'getOrder' })
  getOrder(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<OrderDto> {
    return this.orders.getOrder(id, user);
  }

  @Patch(':id')
  @ApiOkResponse({ type: OrderDto })
  @RequirePermission('orders.write')
  @ApiUnprocessableEntityResponse({ description: 'order_not_draft: lines and other draft-only fields are frozen' })
  @ApiOperation({
    summary: 'Update an order (lines, customer, date, currency and number only while a draft)',
    description: TOTALS_NOTE,
    operationId: 'updateOrder',
  })
  updateOrder(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateOrderDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OrderDto> {
    return this.orders.updateOrder(id, dto, user);
  }

  @Delete(':id')
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequirePermission('orders.write')
  @ApiOperation({ summary: 'Delete a draft order', operationId: 'deleteOrder' })
  deleteOrder(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.orders.deleteOrder(id, user);
  }

  @Post(':id/confirm')
  @ApiOkResponse({ type: OrderDto })
  @HttpCode(200)
  @RequirePermission('orders.confirm')
  @ApiUnprocessableEntityResponse({ description: 'illegal_order_transition' })
  @ApiOperation({ summary: 'Confirm a draft order', operationId: 'confirmOrder' })
  confirmOrder(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<OrderDto> {
    return this.workflow.confirmOrder(id, user);
  }

  @Post(':id/deliver')
  @ApiOkResponse({ type: OrderDto })
  @HttpCode(200)
  @RequirePermission('orders.write')
  @ApiUnprocessableEntityResponse({ description: 'illegal_order_transition, insufficient_stock' })
  @ApiOperation({
    summary: 'Deliver a confirmed order: takes its quantities off stock and records the delivery',
    operationId: 'deliverOrder',
  })
  deliverOrder(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeliverOrderDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OrderDto> {
    return this.workflow.deliverOrder(id, dto, user);
  }

  @Post(':id/complete')
  @ApiOkResponse({ type: OrderDto })
  @HttpCode(200)
  @RequirePermission('orders.write')
  @ApiUnprocessableEntityResponse({ description: 'illegal_order_transition, order_outstanding' })
  @ApiOperation({ summary: 'Complete a delivered, fully paid order', operationId: 'completeOrder' })
  completeOrder(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<OrderDto> {
    return this.workflow.completeOrder(id, user);
  }

  @Post(':id/cancel')
  @ApiOkResponse({ type: OrderDto })
  @HttpCode(200)
  @RequirePermission('orders.write')
  @ApiUnprocessableEntityResponse({ description: 'illegal_order_transition, order_has_payments' })
  @ApiOperation({ summary: 'Cancel a draft or confirmed order', operationId: 'cancelOrder' })
  cancelOrder(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CancelOrderDto,
    @CurrentUser() user: AuthUser,
  ): Promise<OrderDto> {
    return this.workflow.cancelOrder(id, dto, user);
  }
}
