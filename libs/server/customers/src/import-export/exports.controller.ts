import { Authenticated, AuthUser, CurrentUser } from '@crm/server-core';
import { Controller, Get, Inject, Param, Query, StreamableFile } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { EXPORT_ENTITIES, ExportsService } from './exports.service';

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(@Inject(ExportsService) private readonly exports: ExportsService) {}

  // The query is checked by the service against the list endpoint's own query DTO.
  @Get(':entity')
  @Authenticated()
  @ApiForbiddenResponse({
    description:
      'Needs the permission customers.export (customers, contacts, interactions), orders.export (orders, payments) or products.read (products)',
  })
  @ApiParam({ name: 'entity', enum: EXPORT_ENTITIES, enumName: 'ExportEntity' })
  @ApiQuery({ name: 'format', required: false, enum: ['csv', 'xlsx'], enumName: 'TableFormat' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The list as a file; takes the same filters, q and sort as the list endpoint',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiUnprocessableEntityResponse({ description: 'export_too_large: more than 100,000 rows' })
  @ApiOperation({
    summary: 'Export a list view (customers, contacts, interactions, products, orders, payments) as CSV or XLSX',
    operationId: 'exportList',
  })
  exportList(
    @Param('entity') entity: string,
    @Query() query: Record<string, unknown>,
    @CurrentUser() user: AuthUser,
  ): Promise<StreamableFile> {
    return this.exports.exportList(entity, query, user);
  }
}
