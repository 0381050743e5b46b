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
import { ContactsService } from './contacts.service';
import { ContactDto, ContactPageDto } from './dto/contact.dto';
import { CreateContactDto } from './dto/create-contact.dto';
import { ListContactsQueryDto } from './dto/list-contacts-query.dto';
import { UpdateContactDto } from './dto/update-contact.dto';

@ApiTags('contacts')
@Controller('contacts')
export class ContactsController {
  constructor(@Inject(ContactsService) private readonly contacts: ContactsService) {}

  @Get()
  @RequirePermission('customers.read')
  @ApiOperation({ summary: 'List contacts of the customers you can see', operationId: 'listContacts' })
  @ApiOkResponse({ type: ContactPageDto })
  listContacts(@Query() query: ListContactsQueryDto, @CurrentUser() user: AuthUser): Promise<ContactPageDto> {
    return this.contacts.listContacts(query, user);
  }

  @Post()
  @RequirePermission('contacts.write', 'contacts.create')
  @ApiOperation({ summary: 'Add a contact to a customer', operationId: 'createContact' })
  @ApiCreatedResponse({ type: ContactDto })
  createContact(@Body() dto: CreateContactDto, @CurrentUser() user: AuthUser): Promise<ContactDto> {
    return this.contacts.createContact(dto, user);
  }

  @Get(':id')
  @RequirePermission('customers.read')
  @ApiOperation({ summary: 'Get a contact', operationId: 'getContact' })
  @ApiOkResponse({ type: ContactDto })
  getContact(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<ContactDto> {
    return this.contacts.getContact(id, user);
  }

  @Patch(':id')
  @RequirePermission('contacts.write')
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
  @RequirePermission('contacts.write')
  @ApiOperation({ summary: 'Delete a contact', operationId: 'deleteContact' })
  @ApiNoContentResponse()
  deleteContact(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: AuthUser): Promise<void> {
    return this.contacts.deleteContact(id, user);
  }
}
