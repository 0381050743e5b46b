import { ApiProperty } from '@nestjs/swagger';
import { Role } from '../../auth/roles';
import { User } from '../user.entity';

// What every colleague may know about another: enough to pick an owner or a handler.
export class StaffMemberDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Role, enumName: 'Role', isArray: true }) roles!: Role[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) departmentId!: string | null;
  @ApiProperty() active!: boolean;
}

export class StaffPageDto {
  @ApiProperty({ type: StaffMemberDto, isArray: true }) data!: StaffMemberDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toStaffMemberDto = (u: User): StaffMemberDto => ({
  id: u.id,
  name: u.name,
  roles: u.roles,
  departmentId: u.departmentId ?? null,
  active: u.active,
});
