import { Authenticated, AuthUser, CurrentUser } from '@crm/server-core';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SearchQueryDto } from './dto/search-query.dto';
import { SearchResultsDto } from './dto/search-result.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller('search')
export class SearchController {
  constructor(@Inject(SearchService) private readonly searchService: SearchService) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Search customers, contacts and other records you can see',
    operationId: 'searchRecords',
  })
  @ApiOkResponse({ type: SearchResultsDto })
  searchRecords(@Query() query: SearchQueryDto, @CurrentUser() user: AuthUser): Promise<SearchResultsDto> {
    return this.searchService.search(query, user);
  }
}
