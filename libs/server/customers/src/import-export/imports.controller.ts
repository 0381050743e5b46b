import { AuthUser, CurrentUser, Locale, RequestLocale, RequirePermission } from '@crm/server-core';
import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  ImportableEntitiesDto,
  ImportDto,
  ImportPageDto,
  ImportTemplateQueryDto,
  ListImportsQueryDto,
  StartImportBodyDto,
  StartImportDto,
} from './dto/import.dto';
import { QueuedImportInterceptor } from './import-upload';
import { ImportsService, UploadedImportFile } from './imports.service';

@ApiTags('imports')
@Controller('imports')
export class ImportsController {
  constructor(@Inject(ImportsService) private readonly imports: ImportsService) {}

  @Post()
  @HttpCode(200)
  @RequirePermission('imports.run')
  @UseInterceptors(FileInterceptor('file'), QueuedImportInterceptor)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: StartImportBodyDto })
  @ApiOkResponse({ type: ImportDto, description: 'Up to 1,000 rows: imported now; the report' })
  @ApiAcceptedResponse({ type: ImportDto, description: 'More rows: queued for the worker (status queued)' })
  @ApiPayloadTooLargeResponse({ description: 'The file is larger than 50 MB' })
  @ApiServiceUnavailableResponse({ description: 'A large file needs background jobs, which are off' })
  @ApiOperation({
    summary: 'Import customers, contacts, products (admins) or orders from a CSV/XLSX file',
    operationId: 'startImport',
  })
  startImport(
    @Body() dto: StartImportDto,
    @UploadedFile() file: UploadedImportFile | undefined,
    @CurrentUser() user: AuthUser,
  ): Promise<ImportDto> {
    return this.imports.startImport(dto, file, user);
  }

  @Get('entities')
  @RequirePermission('imports.run')
  @ApiOkResponse({ type: ImportableEntitiesDto })
  @ApiOperation({
    summary: 'The entities you may import, with their columns and template',
    operationId: 'listImportableEntities',
  })
  listImportableEntities(@CurrentUser() user: AuthUser, @RequestLocale() locale: Locale): ImportableEntitiesDto {
    return this.imports.listImportableEntities(user, locale);
  }

  @Get('template')
  @RequirePermission('imports.run')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'An empty import file with the header row',
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({ summary: 'Download an import template', operationId: 'getImportTemplate' })
  getImportTemplate(@Query() query: ImportTemplateQueryDto): Promise<StreamableFile> {
    return this.imports.importTemplate(query);
  }

  @Get()
  @RequirePermission('imports.run')
  @ApiOkResponse({ type: ImportPageDto })
  @ApiOperation({ summary: 'List your imports (admins: everyone’s), newest first', operationId: 'listImports' })
  listImports(@Query() query: ListImportsQueryDto, @CurrentUser() user: AuthUser) {
    return this.imports.listImports(query, user);
  }

  @Get(':id')
  @RequirePermission('imports.run')
  @ApiOkResponse({ type: ImportDto })
  @ApiOperation({ summary: 'Get an import with its progress and row errors', operationId: 'getImport' })
  getImport(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ImportDto> {
    return this.imports.getImport(id, user);
  }
}
