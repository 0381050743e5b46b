import { Controller, Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../permissions/require-permission.decorator';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { StaffMemberDto, StaffPageDto } from './dto/staff-member.dto';
import { UsersService } from './users.service';

// The staff directory: names and roles for pickers (owner, handler, staff), readable by everyone
// signed in; account details stay behind the admin-only /users.
@ApiTags('users')
@Controller('staff')
export class StaffController {
  constructor(@Inject(UsersService) private readonly users: UsersService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List colleagues (name, roles, department); q searches the name', operationId: 'listStaff' })
  @ApiOkResponse({ type: StaffPageDto })
  listStaff(@Query() query: ListUsersQueryDto) {
    return this.users.listStaff(query);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a colleague from the staff directory', operationId: 'getStaffMember' })
  @ApiOkResponse({ type: StaffMemberDto })
  getStaffMember(@Param('id', ParseUUIDPipe) id: string) {
    return this.users.getStaffMember(id);
  }
}
