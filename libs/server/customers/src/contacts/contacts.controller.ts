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
import { ContactsService } from './contacts.service';
import { ContactDto, ContactPageDto } from './dto/contact.dto';
import { CreateContactDto } from './dto/create-contact.dto';
import { ListContactsQueryDto } from './dto/list-contacts-query.dto';
import { UpdateContactDto } from './dto/update-contact.dto';

// Service and call-center staff keep contact details current too; executives and marketers read.
export const CONTACT_WRITERS = [Role.SalesManager, Role.AccountManager, Role.ServiceAgent, Role.CallAgent] as const;

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(@Inject(ContactsService) private readonly contacts: ContactsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List contacts of the customers you can see', operationId: 'listContacts' })
  @ApiOkResponse({ type: ContactPageDto })
  listContacts(@Query() query: ListContactsQueryDto, @CurrentUser() user: AuthUser): Promise<ContactPageDto> {
    return this.contacts.listContacts(query, user);
  }

  @Post()
  @Roles(...CONTACT_WRITERS)
  @ApiOperation({ summary: 'Add a contact to a customer', operationId: 'createContact' })
  @ApiCreatedResponse({ type: ContactDto })
  createContact(@Body() dto: CreateContactDto, @CurrentUser() user: AuthUser): Promise<ContactDto> {
    return this.contacts.createContact(dto, user);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a contact', operationId: 'getContact' })
  @ApiOkResponse({ type: ContactDto })
  getContact(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ContactDto> {
    return this.contacts.getContact(id, user);
  }

  @Patch(':id')
  @Roles(...CONTACT_WRITERS)
  @ApiOperation({ summary: 'Update a contact', operationId: 'updateContact' })
  @ApiOkResponse({ type: ContactDto })
  updateContact(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateContactDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ContactDto> {
    return this.contacts.updateContact(id, dto, user);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(...CONTACT_WRITERS)
  @ApiOperation({ summary: 'Delete a contact', operationId: 'deleteContact' })
  @ApiNoContentResponse()
  deleteContact(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.contacts.deleteContact(id, user);
  }
}
