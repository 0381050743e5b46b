import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { RequirePermission } from '../permissions/require-permission.decorator';
import { ApiKeysService } from './api-keys.service';
import { ApiKeyDto, ApiKeyPageDto, CreatedApiKeyDto } from './dto/api-key.dto';
import { CreateApiKeyDto } from './dto/create-api-key.dto';
import { ListApiKeysQueryDto } from './dto/list-api-keys-query.dto';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(@Inject(ApiKeysService) private readonly apiKeys: ApiKeysService) {}

  @Get()
  @RequirePermission('api_keys.manage')
  @ApiOperation({ summary: 'List API keys (never the key or its hash)', operationId: 'listApiKeys' })
  @ApiOkResponse({ type: ApiKeyPageDto })
  listApiKeys(@Query() query: ListApiKeysQueryDto) {
    return this.apiKeys.listApiKeys(query);
  }

  @Post()
  @RequirePermission('api_keys.manage')
  @ApiOperation({
    summary: 'Create an API key; the full key is in this response only',
    operationId: 'createApiKey',
  })
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  createApiKey(@Body() dto: CreateApiKeyDto, @CurrentUser() actor: AuthUser) {
    return this.apiKeys.createApiKey(dto, actor);
  }

  @Get(':id')
  @RequirePermission('api_keys.manage')
  @ApiOperation({ summary: 'Get an API key', operationId: 'getApiKey' })
  @ApiOkResponse({ type: ApiKeyDto })
  getApiKey(@Param('id', ParseUUIDPipe) id: string) {
    return this.apiKeys.getApiKey(id);
  }

  @Post(':id/revoke')
  @HttpCode(200)
  @RequirePermission('api_keys.manage')
  @ApiOperation({ summary: 'Revoke an API key: requests with it are refused from now on', operationId: 'revokeApiKey' })
  @ApiOkResponse({ type: ApiKeyDto })
  revokeApiKey(@Param('id', ParseUUIDPipe) id: string) {
    return this.apiKeys.revokeApiKey(id);
  }
}
