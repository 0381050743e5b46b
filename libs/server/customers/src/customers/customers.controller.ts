import { AuthUser, CurrentUser, Locale, RequestLocale, RequirePermission } from '@crm/server-core';
import {
  Body,
  Controller,
  Inject,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerOverviewService } from './customer-overview.service';
import { CustomersBulkService } from './customers-bulk.service';
import { CustomersService } from './customers.service';
import { BulkUpdateCustomersDto, BulkUpdateResultDto } from './dto/bulk-update-customers.dto';
import { CreateCustomerDto } from './dto/create-customer.dto';
import { CustomerDto, CustomerPageDto } from './dto/customer.dto';
import { CustomerOverviewDto } from './dto/customer-overview.dto';
import { ListCustomersQueryDto } from './dto/list-customers-query.dto';
import { UpdateCustomerDto } from './dto/update-customer.dto';

@ApiTags('customers')
@Controller('customers')
export class CustomersController {
  constructor(
    @Inject(CustomersService) private readonly customers: CustomersService,
    @Inject(CustomersBulkService) private readonly bulk: CustomersBulkService,
    @Inject(CustomerOverviewService) private readonly overview: CustomerOverviewService,
  ) {}

  @Get()
  @RequirePermission('customers.read')
  @ApiOperation({
    summary: 'List the customers you can see (deleted=true: the bin, admin only)',
    operationId: 'listCustomers',
  })
  @ApiOkResponse({ type: CustomerPageDto })
  listCustomers(@Query() query: ListCustomersQueryDto, @CurrentUser() user: AuthUser): Promise<CustomerPageDto> {
    return this.customers.listCustomers(query, user);
  }

  @Post()
  @RequirePermission('customers.write')
  @ApiOperation({ summary: 'Create a customer', operationId: 'createCustomer' })
  @ApiCreatedResponse({ type: CustomerDto })
  createCustomer(@Body() dto: CreateCustomerDto, @CurrentUser() user: AuthUser): Promise<CustomerDto> {
    return this.customers.createCustomer(dto, user);
  }

  // Before ':id' routes; customers that are missing or not visible are reported in `failed`.
  @Post('bulk-update')
  @HttpCode(200)
  @RequirePermission('customers.write')
  @ApiOperation({
    summary: 'Change owner, status or tags of many customers at once',
    operationId: 'bulkUpdateCustomers',
  })
  @ApiOkResponse({ type: BulkUpdateResultDto })
  bulkUpdateCustomers(
    @Body() dto: BulkUpdateCustomersDto,
    @CurrentUser() user: AuthUser,
    @RequestLocale() locale: Locale,
  ): Promise<BulkUpdateResultDto> {
    return this.bulk.bulkUpdateCustomers(dto, user, locale);
  }

  @Get(':id')
  @RequirePermission('customers.read')
  @ApiOperation({ summary: 'Get a customer', operationId: 'getCustomer' })
  @ApiOkResponse({ type: CustomerDto })
  getCustomer(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CustomerDto> {
    return this.customers.getCustomer(id, user);
  }

  @Get(':id/overview')
  @RequirePermission('customers.read')
  @ApiOperation({
    summary: "A customer's outstanding balance, primary contact and next step",
    operationId: 'getCustomerOverview',
  })
  @ApiOkResponse({ type: CustomerOverviewDto })
  getCustomerOverview(
    @Param('id', ParseUUIDPipe) id: string,
    @CurrentUser() user: AuthUser,
  ): Promise<CustomerOverviewDto> {
    return this.overview.getOverview(id, user);
  }

  @Patch(':id')
  @RequirePermission('customers.write')
  @ApiOperation({ summary: 'Update a customer', operationId: 'updateCustomer' })
  @ApiOkResponse({ type: CustomerDto })
  updateCustomer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateCustomerDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CustomerDto> {
    return this.customers.updateCustomer(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('customers.delete')
  @ApiOperation({ summary: 'Move a customer to the bin', operationId: 'deleteCustomer' })
  @ApiNoContentResponse()
  deleteCustomer(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.customers.deleteCustomer(id, user);
  }

  @Post(':id/restore')
  @HttpCode(200)
  @RequirePermission('customers.restore')
  @ApiOperation({ summary: 'Restore a customer from the bin', operationId: 'restoreCustomer' })
  @ApiOkResponse({ type: CustomerDto })
  restoreCustomer(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<CustomerDto> {
    return this.customers.restoreCustomer(id, user);
  }
}
