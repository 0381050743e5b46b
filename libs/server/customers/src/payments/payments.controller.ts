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
import { CreatePaymentDto, ListPaymentsQueryDto, UpdatePaymentDto } from './dto/payment-inputs.dto';
import { PaymentDto, PaymentPageDto } from './dto/payment.dto';
import { PaymentsService } from './payments.service';

@ApiTags('payments')
@Controller('payments')
export class PaymentsController {
  constructor(private readonly payments: PaymentsService) {}

  @Get()
  @ApiOkResponse({ type: PaymentPageDto })
  @RequirePermission('orders.read')
  @ApiOperation({ summary: 'List payments on orders of the customers you can see', operationId: 'listPayments' })
  listPayments(@Query() query: ListPaymentsQueryDto, @CurrentUser() user: AuthUser): Promise<PaymentPageDto> {
    return this.payments.listPayments(query, user);
  }

  @Post()
  @ApiCreatedResponse({ type: PaymentDto })
  @RequirePermission('payments.write')
  @ApiUnprocessableEntityResponse({ description: 'payment_exceeds_outstanding, order_not_payable' })
  @ApiOperation({ summary: 'Record a payment on a confirmed or delivered order', operationId: 'createPayment' })
  createPayment(@Body() dto: CreatePaymentDto, @CurrentUser() user: AuthUser): Promise<PaymentDto> {
    return this.payments.createPayment(dto, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: PaymentDto })
  @RequirePermission('orders.read')
  @ApiOperation({ summary: 'Get a payment', operationId: 'getPayment' })
  getPayment(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<PaymentDto> {
    return this.payments.getPayment(id, user);
  }

  @Patch(':id')
  @ApiOkResponse({ type: PaymentDto })
  @RequirePermission('payments.write')
  @ApiOperation({ summary: 'Correct the details of a payment (not its amount)', operationId: 'updatePayment' })
  updatePayment(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdatePaymentDto,
    @CurrentUser() user: AuthUser,
  ): Promise<PaymentDto> {
    return this.payments.updatePayment(id, dto, user);
  }

  @Delete(':id')
  @ApiNoContentResponse()
  @HttpCode(204)
  @RequirePermission('payments.delete')
  @ApiOperation({ summary: "Delete a payment, restoring the order's outstanding amount", operationId: 'deletePayment' })
  deletePayment(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.payments.deletePayment(id, user);
  }
}
