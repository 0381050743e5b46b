import { Authenticated, AuthUser, CurrentUser, Role, Roles } from '@crm/server-core';
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

// Everyone who touches customers logs the touch; executives only read.
export const INTERACTION_WRITERS = [
  Role.SalesManager,
  Role.AccountManager,
  Role.Marketer,
  Role.ServiceAgent,
  Role.CallAgent,
] as const;

@ApiTags('interactions')
@Controller('interactions')
export class InteractionsController {
  constructor(@Inject(InteractionsService) private readonly interactions: InteractionsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List interactions with the customers you can see', operationId: 'listInteractions' })
  @ApiOkResponse({ type: InteractionPageDto })
  listInteractions(
    @Query() query: ListInteractionsQueryDto,
    @CurrentUser() user: AuthUser,
  ): Promise<InteractionPageDto> {
    return this.interactions.listInteractions(query, user);
  }

  @Post()
  @Roles(...INTERACTION_WRITERS)
  @ApiOperation({ summary: 'Log an interaction with a customer', operationId: 'createInteraction' })
  @ApiCreatedResponse({ type: InteractionDto })
  createInteraction(@Body() dto: CreateInteractionDto, @CurrentUser() user: AuthUser): Promise<InteractionDto> {
    return this.interactions.createInteraction(dto, user);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get an interaction', operationId: 'getInteraction' })
  @ApiOkResponse({ type: InteractionDto })
  getInteraction(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<InteractionDto> {
    return this.interactions.getInteraction(id, user);
  }

  @Patch(':id')
  @Roles(...INTERACTION_WRITERS)
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
  @Roles(...INTERACTION_WRITERS)
  @ApiOperation({ summary: 'Delete an interaction', operationId: 'deleteInteraction' })
  @ApiNoContentResponse()
  deleteInteraction(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.interactions.deleteInteraction(id, user);
  }
}
