import { ApiProperty } from '@nestjs/swagger';
import { Department } from '../department.entity';

export class DepartmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  /** The user who manages the department; a sales manager sees the records of their departments' members. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) managerId!: string | null;
  /** The parent department, for nested teams. */
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty() version!: number;
}

export class DepartmentPageDto {
  @ApiProperty({ type: [DepartmentDto] }) data!: DepartmentDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const toDepartmentDto = (d: Department): DepartmentDto => ({
  id: d.id,
  name: d.name,
  description: d.description,
  managerId: d.managerId,
  parentId: d.parentId,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
  version: d.version,
});
