import { AuthUser, CurrentUser, RequirePermission } from '@crm/server-core';
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
import { CreateInteractionDto } from './dto/create-interaction.dto';
import { InteractionDto, InteractionPageDto } from './dto/interaction.dto';
import { ListInteractionsQueryDto } from './dto/list-interactions-query.dto';
import { UpdateInteractionDto } from './dto/update-interaction.dto';
import { InteractionsService } from './interactions.service';

@ApiTags('interactions')
@Controller('interactions')
export class InteractionsController {
  constructor(@Inject(InteractionsService) private readonly interactions: InteractionsService) {}

  @Get()
  @RequirePermission('customers.read')
  @ApiOperation({ summary: 'List interactions with the customers you can see', operationId: 'listInteractions' })
  @ApiOkResponse({ type: InteractionPageDto })
  listInteractions(
    @Query() query: ListInteractionsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<InteractionPageDto> {
    return this.interactions.listInteractions(query, user);
  }

  @Post()
  @RequirePermission('interactions.write')
  @ApiOperation({ summary: 'Log an interaction with a customer', operationId: 'createInteraction' })
  @ApiCreatedResponse({ type: InteractionDto })
  createInteraction(@Body() dto: CreateInteractionDto, @CurrentUser() user: AuthUser): Promise<InteractionDto> {
    return this.interactions.createInteraction(dto, user);
  }

  @Get(':id')
  @RequirePermission('customers.read')
  @ApiOperation({ summary: 'Get an interaction', operationId: 'getInteraction' })
  @ApiOkResponse({ type: InteractionDto })
  getInteraction(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<InteractionDto> {
    return this.interactions.getInteraction(id, user);
  }

  @Patch(':id')
  @RequirePermission('interactions.write')
  @ApiOperation({ summary: 'Update an interaction', operationId: 'updateInteraction' })
  @ApiOkResponse({ type: InteractionDto })
  updateInteraction(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateInteractionDto,
    @CurrentUser() user: AuthUser,
  ): Promise<InteractionDto> {
    return this.interactions.updateInteraction(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('interactions.delete.own', 'interactions.delete.any')
  @ApiOperation({ summary: 'Delete an interaction', operationId: 'deleteInteraction' })
  @ApiNoContentResponse()
  deleteInteraction(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.interactions.deleteInteraction(id, user);
  }
}
