import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { RefreshToken } from '../auth/refresh-token.entity';
import { Role } from '../auth/roles';
import { Department } from '../departments/department.entity';
import { InvalidInputError, NotFoundError } from '../errors/domain-error';
import { assertVersion } from '../errors/stale-version';
import { Page } from '../pagination/list-query.dto';
import { likePattern, paginate } from '../pagination/paginate';
import { CreateUserDto } from './dto/create-user.dto';
import { ListUsersQueryDto } from './dto/list-users-query.dto';
import { StaffMemberDto, toStaffMemberDto } from './dto/staff-member.dto';
import { UpdateUserDto } from './dto/update-user.dto';
import { toUserDto, UserDto } from './dto/user.dto';
import { hashPassword, normalizeEmail, passwordProblems } from './passwords';
import { User } from './user.entity';
import {
  cannotDeactivateSelf,
  cannotRemoveOwnAdminRole,
  emailTaken,
  isUniqueViolation,
  unknownDepartment,
} from './users.errors';

const SORTABLE = { name: 'u.name', email: 'u.email', createdAt: 'u.createdAt', lastLoginAt: 'u.lastLoginAt' };

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    @Inject(DataSource) private readonly ds: DataSource,
  ) {}

  async listUsers(query: ListUsersQueryDto): Promise<Page<UserDto>> {
    return paginate(this.filtered(query, true), query, { sortable: SORTABLE, defaultSort: '-createdAt' }, toUserDto);
  }

  // The directory searches names only: e-mail addresses are not part of it.
  async listStaff(query: ListUsersQueryDto): Promise<Page<StaffMemberDto>> {
    const { email: _email, ...sortable } = SORTABLE;
    return paginate(this.filtered(query, false), query, { sortable, defaultSort: 'name' }, toStaffMemberDto);
  }

  async getStaffMember(id: string): Promise<StaffMemberDto> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('Staff member', id);
    return toStaffMemberDto(user);
  }

  private filtered(query: ListUsersQueryDto, searchEmail: boolean) {
    const qb = this.users.createQueryBuilder('u');
    if (query.q) {
      qb.andWhere(searchEmail ? '(u.name ILIKE :q OR u.email ILIKE :q)' : 'u.name ILIKE :q', {
        q: likePattern(query.q),
      });
    }
    // @> (not = ANY) so the GIN index on roles is used.
    if (query.role) qb.andWhere('u.roles @> ARRAY[:role]::text[]', { role: query.role });
    if (query.active !== undefined) qb.andWhere('u.active = :active', { active: query.active });
    if (query.departmentId) qb.andWhere('u.departmentId = :departmentId', { departmentId: query.departmentId });
    return qb;
  }

  async getUser(id: string): Promise<UserDto> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return toUserDto(user);
  }

  async createUser(dto: CreateUserDto): Promise<UserDto> {
    const email = normalizeEmail(dto.email);
    const problems = passwordProblems(dto.password, email);
    if (problems.length) throw new InvalidInputError(problems[0], problems);
    const id = await this.ds.transaction(async (m) => {
      if (await this.emailExists(m, email)) throw emailTaken();
      if (dto.departmentId) await this.assertDepartmentExists(m, dto.departmentId);
      const user = m.create(User, {
        email,
        name: dto.name,
        passwordHash: await hashPassword(dto.password),
        roles: dto.roles,
        departmentId: dto.departmentId ?? null,
        locale: dto.locale ?? 'en',
        passwordChangedAt: new Date(),
      });
      try {
        return (await m.save(user)).id;
      } catch (e) {
        // Two admins creating the same email at once: the unique index decides.
        if (isUniqueViolation(e, 'uq_users_email')) throw emailTaken();
        throw e;
      }
    });
    return this.getUser(id);
  }

  // Users are never deleted: `active: false` deactivates them and ends their sessions.
  async updateUser(id: string, dto: UpdateUserDto, actor: AuthUser): Promise<UserDto> {
    await this.ds.transaction(async (m) => {
      const user = await m.findOne(User, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('User', id);
      assertVersion(user, dto.version, 'User');
      const self = actor.kind === 'user' && actor.id === id;
      if (self && dto.active === false) throw cannotDeactivateSelf();
      if (self && dto.roles && user.roles.includes(Role.Admin) && !dto.roles.includes(Role.Admin))
        throw cannotRemoveOwnAdminRole();
      if (dto.departmentId) await this.assertDepartmentExists(m, dto.departmentId);

      let endSessions = false;
      if (dto.password !== undefined) {
        const problems = passwordProblems(dto.password, user.email);
        if (problems.length) throw new InvalidInputError(problems[0], problems);
        user.passwordHash = await hashPassword(dto.password);
        user.passwordChangedAt = new Date();
        // A password set by an admin is also how a locked-out user gets back in.
        user.failedLoginCount = 0;
        user.lockedUntil = null;
        endSessions = true;
      }
      if (dto.active === false && user.active) endSessions = true;
      if (dto.name !== undefined) user.name = dto.name;
      if (dto.roles !== undefined) user.roles = dto.roles;
      if (dto.departmentId !== undefined) user.departmentId = dto.departmentId;
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.locale !== undefined) user.locale = dto.locale;
      await m.save(user);
      if (endSessions) await revokeAllSessions(m, id);
    });
    return this.getUser(id);
  }

  private async emailExists(m: EntityManager, email: string) {
    return m.createQueryBuilder(User, 'u').where('lower(u.email) = :email', { email }).getExists();
  }

  private async assertDepartmentExists(m: EntityManager, departmentId: string) {
    if (!(await m.existsBy(Department, { id: departmentId }))) throw unknownDepartment();
  }
}

// Ends every refresh-token family of a user (access tokens die on the next request's `active` check
// or within their short lifetime).
export async function revokeAllSessions(m: EntityManager, userId: string, exceptFamilyId?: string) {
  const qb = m
    .createQueryBuilder()
    .update(RefreshToken)
    .set({ revokedAt: () => 'now()' })
    .where({ userId, revokedAt: IsNull() });
  if (exceptFamilyId) qb.andWhere('family_id <> :exceptFamilyId', { exceptFamilyId });
  await qb.execute();
}
