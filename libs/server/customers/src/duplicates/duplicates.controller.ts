import { AuthUser, CurrentUser, RequirePermission } from '@crm/server-core';
import { Body, Controller, Inject, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CustomerDto } from '../customers/dto/customer.dto';
import { CustomerMergeService } from './customer-merge.service';
import { DuplicateCheckDto, DuplicateCheckResultDto } from './dto/duplicate-check.dto';
import { DuplicateGroupPageDto } from './dto/duplicate-group.dto';
import { ListDuplicatesQueryDto } from './dto/list-duplicates-query.dto';
import { MergeCustomersDto } from './dto/merge-customers.dto';
import { DuplicatesService } from './duplicates.service';

// Registered before CustomersController: /customers/duplicates must not reach GET /customers/:id.
@ApiTags('customers')
@Controller('customers')
export class DuplicatesController {
  constructor(
    @Inject(DuplicatesService) private readonly duplicates: DuplicatesService,
    @Inject(CustomerMergeService) private readonly merges: CustomerMergeService,
  ) {}

  @Get('duplicates')
  @RequirePermission('duplicates.merge')
  @ApiOperation({
    summary: 'Groups of likely duplicate customers (same normalised name, phone or email)',
    operationId: 'listDuplicateCustomers',
  })
  @ApiOkResponse({ type: DuplicateGroupPageDto })
  listDuplicateCustomers(
    @Query() query: ListDuplicatesQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DuplicateGroupPageDto> {
    return this.duplicates.listDuplicateCustomers(query, user);
  }

  // Offered to whoever may create customers: the create form warns before saving a likely duplicate.
  @Post('duplicate-check')
  @HttpCode(200)
  @RequirePermission('customers.write')
  @ApiOperation({
    summary: 'Customers you can see that share a normalised name, phone or email with the values given',
    operationId: 'checkCustomerDuplicates',
  })
  @ApiOkResponse({ type: DuplicateCheckResultDto })
  checkCustomerDuplicates(
    @Body() dto: DuplicateCheckDto,
    @CurrentUser() user: AuthUser,
  ): Promise<DuplicateCheckResultDto> {
    return this.duplicates.checkDuplicates(dto, user);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @RequirePermission('duplicates.merge')
  @ApiOperation({
    summary: 'Merge a duplicate (sourceId) into this customer; the duplicate goes to the bin',
    operationId: 'mergeCustomers',
  })
  @ApiOkResponse({ type: CustomerDto })
  mergeCustomers(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: MergeCustomersDto,
    @CurrentUser() user: AuthUser,
  ): Promise<CustomerDto> {
    return this.merges.mergeCustomers(id, dto, user);
  }
}
