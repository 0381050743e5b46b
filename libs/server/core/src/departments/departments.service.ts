import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, Repository } from 'typeorm';
import { NotFoundError } from '../errors/domain-error';
import { assertVersion } from '../errors/stale-version';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import { User } from '../users/user.entity';
import { isUniqueViolation } from '../users/users.errors';
import { Department } from './department.entity';
import {
  departmentCycle,
  departmentInUse,
  departmentNameTaken,
  unknownManager,
  unknownParent,
} from './departments.errors';
import { CreateDepartmentDto } from './dto/create-department.dto';
import { DepartmentDto, toDepartmentDto } from './dto/department.dto';
import { ListDepartmentsQueryDto } from './dto/list-departments-query.dto';
import { UpdateDepartmentDto } from './dto/update-department.dto';

const SORTABLE = { name: 'd.name', createdAt: 'd.createdAt' };

@Injectable()
export class DepartmentsService {
  constructor(
    @InjectRepository(Department) private readonly departments: Repository<Department>,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  async listDepartments(query: ListDepartmentsQueryDto): Promise<Page<DepartmentDto>> {
    const qb = this.departments.createQueryBuilder('d');
    if (query.q) qb.andWhere('d.name ILIKE :q', { q: likePattern(query.q) });
    if (query.parentId) qb.andWhere('d.parentId = :parentId', { parentId: query.parentId });
    if (query.managerId) qb.andWhere('d.managerId = :managerId', { managerId: query.managerId });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: 'name' }, toDepartmentDto);
  }

  async getDepartment(id: string): Promise<DepartmentDto> {
    const department = await this.departments.findOneBy({ id });
    if (!department) throw new NotFoundError('Department', id);
    return toDepartmentDto(department);
  }

  async createDepartment(dto: CreateDepartmentDto): Promise<DepartmentDto> {
    const id = await this.ds.transaction(async (m) => {
      await this.assertNameFree(m, dto.name);
      if (dto.managerId) await this.assertManagerExists(m, dto.managerId);
      if (dto.parentId && !(await m.existsBy(Department, { id: dto.parentId }))) throw unknownParent();
      const department = m.create(Department, {
        name: dto.name,
        description: dto.description ?? null,
        managerId: dto.managerId ?? null,
        parentId: dto.parentId ?? null,
      });
      return (await this.save(m, department)).id;
    });
    return this.getDepartment(id);
  }

  async updateDepartment(id: string, dto: UpdateDepartmentDto): Promise<DepartmentDto> {
    await this.ds.transaction(async (m) => {
      const department = await m.findOne(Department, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!department) throw new NotFoundError('Department', id);
      assertVersion(department, dto.version, 'Department');
      if (dto.name !== undefined && dto.name.toLowerCase() !== department.name.toLowerCase())
        await this.assertNameFree(m, dto.name);
      if (dto.managerId) await this.assertManagerExists(m, dto.managerId);
      if (dto.parentId) await this.assertParentAllowed(m, id, dto.parentId);
      if (dto.name !== undefined) department.name = dto.name;
      if (dto.description !== undefined) department.description = dto.description;
      if (dto.managerId !== undefined) department.managerId = dto.managerId;
      if (dto.parentId !== undefined) department.parentId = dto.parentId;
      await this.save(m, department);
    });
    return this.getDepartment(id);
  }

  // Refused while users or sub-departments belong to it: deleting would silently move them out.
  async deleteDepartment(id: string): Promise<void> {
    await this.ds.transaction(async (m) => {
      const department = await m.findOne(Department, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!department) throw new NotFoundError('Department', id);
      const users = await m.countBy(User, { departmentId: id });
      const children = await m.countBy(Department, { parentId: id });
      if (users || children) throw departmentInUse(users, children);
      await m.remove(department);
    });
  }

  private async save(m: EntityManager, department: Department) {
    try {
      return await m.save(department);
    } catch (e) {
      if (isUniqueViolation(e, 'uq_departments_name')) throw departmentNameTaken();
      throw e;
    }
  }

  private async assertNameFree(m: EntityManager, name: string) {
    const taken = await m
      .createQueryBuilder(Department, 'd')
      .where('lower(d.name) = lower(:name)', { name })
      .getExists();
    if (taken) throw departmentNameTaken();
  }

  private async assertManagerExists(m: EntityManager, managerId: string) {
    if (!(await m.existsBy(User, { id: managerId }))) throw unknownManager();
  }

  // The new parent must exist and must not be the department itself or one of its descendants.
  private async assertParentAllowed(m: EntityManager, id: string, parentId: string) {
    if (parentId === id) throw departmentCycle();
    if (!(await m.existsBy(Department, { id: parentId }))) throw unknownParent();
    const below: unknown[] = await m.query(
      `WITH RECURSIVE below AS (
         SELECT id FROM departments WHERE parent_id = $1
         UNION
         SELECT d.id FROM departments d JOIN below b ON d.parent_id = b.id
       )
       SELECT 1 FROM below WHERE id = $2 LIMIT 1`,
      [id, parentId],
    );
    if (below.length) throw departmentCycle();
  }
}
