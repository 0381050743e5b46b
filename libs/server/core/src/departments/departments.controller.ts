import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Authenticated, RequirePermission } from '../permissions/require-permission.decorator';
import { DepartmentsService } from './departments.service';
import { CreateDepartmentDto } from './dto/create-department.dto';
import { DepartmentDto, DepartmentPageDto } from './dto/department.dto';
import { ListDepartmentsQueryDto } from './dto/list-departments-query.dto';
import { UpdateDepartmentDto } from './dto/update-department.dto';

// Everyone signed in may read departments (pickers, filters); only admins change them.
@ApiTags('departments')
@Controller('departments')
export class DepartmentsController {
  constructor(@Inject(DepartmentsService) private readonly departments: DepartmentsService) {}

  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'List departments; q searches the name', operationId: 'listDepartments' })
  @ApiOkResponse({ type: DepartmentPageDto })
  listDepartments(@Query() query: ListDepartmentsQueryDto) {
    return this.departments.listDepartments(query);
  }

  @Post()
  @RequirePermission('departments.manage')
  @ApiOperation({ summary: 'Create a department', operationId: 'createDepartment' })
  @ApiCreatedResponse({ type: DepartmentDto })
  createDepartment(@Body() dto: CreateDepartmentDto) {
    return this.departments.createDepartment(dto);
  }

  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'Get a department', operationId: 'getDepartment' })
  @ApiOkResponse({ type: DepartmentDto })
  getDepartment(@Param('id', ParseUUIDPipe) id: string) {
    return this.departments.getDepartment(id);
  }

  @Patch(':id')
  @RequirePermission('departments.manage')
  @ApiOperation({ summary: 'Update a department', operationId: 'updateDepartment' })
  @ApiOkResponse({ type: DepartmentDto })
  updateDepartment(@Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateDepartmentDto) {
    return this.departments.updateDepartment(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('departments.manage')
  @ApiOperation({
    summary: 'Delete a department; refused (409 department_in_use) while users or sub-departments belong to it',
    operationId: 'deleteDepartment',
  })
  @ApiNoContentResponse()
  deleteDepartment(@Param('id', ParseUUIDPipe) id: string) {
    return this.departments.deleteDepartment(id);
  }
}
