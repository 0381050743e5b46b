import { Body, Controller, Get, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AuthUser, CurrentUser } from '../auth/auth-user';
import { RequirePermission } from '../permissions/require-permission.decorator';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { UserDto, UserPageDto } from './dto/user.dto';
import { UsersService } from './users.service';

// No DELETE: users own records and appear in the audit log, so they are deactivated instead.
@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get()
  @RequirePermission('users.manage')
  @ApiOperation({
    summary: 'List users; q searches name and email, filters role, active, departmentId',
    operationId: 'listUsers',
  })
  @ApiOkResponse({ type: UserPageDto })
  listUsers(@Query() query: ListUsersQueryDto) {
    return this.users.listUsers(query);
  }

  @Post()
  @RequirePermission('users.manage')
  @ApiOperation({ summary: 'Create a user', operationId: 'createUser' })
  @ApiCreatedResponse({ type: UserDto })
  createUser(@Body() dto: CreateUserDto) {
    return this.users.createUser(dto);
  }

  @Get(':id')
  @RequirePermission('users.manage')
  @ApiOperation({ summary: 'Get a user', operationId: 'getUser' })
  @ApiOkResponse({ type: UserDto })
  getUser(@Param('id', ParseUUIDPipe) id: string) {
    return this.users.getUser(id);
  }

  @Patch(':id')
  @RequirePermission('users.manage')
  @ApiOperation({
    summary:
      'Update a user. Users are never deleted: set active=false to deactivate (sign-in refused, sessions ended at once)',
    operationId: 'updateUser',
  })
  @ApiOkResponse({ type: UserDto })
  updateUser(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthUser) {
    return this.users.updateUser(id, dto, actor);
  }
}
