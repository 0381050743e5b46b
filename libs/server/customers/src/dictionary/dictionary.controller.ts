import { Authenticated, RequirePermission } from '@crm/server-core';
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
import { DictionaryService } from './dictionary.service';
import { CreateDictionaryEntryDto } from './dto/create-dictionary-entry.dto';
import { DictionaryEntryDto, DictionaryEntryPageDto } from './dto/dictionary-entry.dto';
import { ListDictionaryEntriesQueryDto } from './dto/list-dictionary-entries-query.dto';
import { UpdateDictionaryEntryDto } from './dto/update-dictionary-entry.dto';

@ApiTags('dictionary')
@Controller('dictionary-entries')
export class DictionaryController {
  constructor(@Inject(DictionaryService) private readonly dictionary: DictionaryService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List data dictionary entries', operationId: 'listDictionaryEntries' })
  @ApiOkResponse({ type: DictionaryEntryPageDto })
  listDictionaryEntries(@Query() query: ListDictionaryEntriesQueryDto): Promise<DictionaryEntryPageDto> {
    return this.dictionary.listDictionaryEntries(query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a data dictionary entry', operationId: 'getDictionaryEntry' })
  @ApiOkResponse({ type: DictionaryEntryDto })
  getDictionaryEntry(@Param('id', ParseUUIDPipe) id: string): Promise<DictionaryEntryDto> {
    return this.dictionary.getDictionaryEntry(id);
  }

  @Post()
  @RequirePermission('dictionary.manage')
  @ApiOperation({ summary: 'Add a data dictionary entry', operationId: 'createDictionaryEntry' })
  @ApiCreatedResponse({ type: DictionaryEntryDto })
  createDictionaryEntry(@Body() dto: CreateDictionaryEntryDto): Promise<DictionaryEntryDto> {
    return this.dictionary.createDictionaryEntry(dto);
  }

  @Patch(':id')
  @RequirePermission('dictionary.manage')
  @ApiOperation({ summary: 'Relabel, reorder or (de)activate an entry', operationId: 'updateDictionaryEntry' })
  @ApiOkResponse({ type: DictionaryEntryDto })
  updateDictionaryEntry(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateDictionaryEntryDto,
  ): Promise<DictionaryEntryDto> {
    return this.dictionary.updateDictionaryEntry(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('dictionary.manage')
  @ApiOperation({
    summary: 'Delete an unused entry (409 dictionary_entry_in_use when records hold it: deactivate instead)',
    operationId: 'deleteDictionaryEntry',
  })
  @ApiNoContentResponse()
  deleteDictionaryEntry(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.dictionary.deleteDictionaryEntry(id);
  }
}
