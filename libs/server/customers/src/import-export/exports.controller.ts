import { Authenticated, AuthUser, CurrentUser, Locale, RequestLocale } from '@crm/server-core';
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
import { ExportableListsDto } from './dto/export.dto';
import { ExportsService } from './exports.service';

@ApiTags('exports')
@Controller('exports')
export class ExportsController {
  constructor(@Inject(ExportsService) private readonly exports: ExportsService) {}

  // Before :entity, so "sources" is never taken for a list's name.
  @Get('sources')
  @Authenticated()
  @ApiOkResponse({ type: ExportableListsDto })
  @ApiOperation({
    summary: 'The lists you may export (every module adds its own)',
    operationId: 'listExportableLists',
  })
  listExportableLists(@CurrentUser() user: AuthUser, @RequestLocale() locale: Locale): ExportableListsDto {
    return this.exports.listExportableLists(user, locale);
  }

  // The query is checked by the service against the list endpoint's own query DTO.
  @Get(':entity')
  @Authenticated()
  @ApiForbiddenResponse({
    description:
      'Needs the permission the list declares: customers.export (customers, contacts, interactions), orders.export (orders, payments), products.read (products)…',
  })
  @ApiParam({ name: 'entity', type: String, example: 'customers', description: 'An entity of GET /exports/sources' })
  @ApiQuery({ name: 'format', required: false, enum: ['csv', 'xlsx'], enumName: 'TableFormat' })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The list as a file; takes the same filters, q and sort as the list endpoint',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiUnprocessableEntityResponse({ description: 'export_too_large: more than 100,000 rows' })
  @ApiOperation({
    summary: 'Export a list view (an entity of GET /exports/sources: customers, contacts, orders…) as CSV or XLSX',
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
