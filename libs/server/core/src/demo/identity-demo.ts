import { DataSource } from 'typeorm';
import { Role } from '../auth/roles';
import { runAsSystem } from '../context/request-context';
import { Department } from '../departments/department.entity';
import { DepartmentsService } from '../departments/departments.service';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

export const DEMO_PASSWORD = 'Demo-Password-1';

const DEPARTMENTS = [
  { key: 'mgmt', name: 'Management', description: '管理层 — executives' },
  { key: 'east', name: 'Sales East', description: '华东销售部' },
  { key: 'north', name: 'Sales North', description: '华北销售部' },
  { key: 'marketing', name: 'Marketing', description: '市场部' },
  { key: 'service', name: 'Customer Service', description: '客户服务部' },
  { key: 'callcenter', name: 'Call Center', description: '呼叫中心' },
] as const;

type DeptKey = (typeof DEPARTMENTS)[number]['key'];
const PEOPLE: Array<{ email: string; name: string; roles: Role[]; dept: DeptKey; manages?: DeptKey }> = [
  { email: 'zhang.wei@demo.crm', name: 'Zhang Wei', roles: [Role.Executive], dept: 'mgmt', manages: 'mgmt' },
  { email: 'li.na@demo.crm', name: 'Li Na', roles: [Role.SalesManager], dept: 'east', manages: 'east' },
  { email: 'wang.qiang@demo.crm', name: 'Wang Qiang', roles: [Role.SalesManager], dept: 'north', manages: 'north' },
  { email: 'chen.jing@demo.crm', name: 'Chen Jing', roles: [Role.AccountManager], dept: 'east' },
  { email: 'liu.yang@demo.crm', name: 'Liu Yang', roles: [Role.AccountManager], dept: 'east' },
  { email: 'zhao.lei@demo.crm', name: 'Zhao Lei', roles: [Role.AccountManager], dept: 'north' },
  { email: 'sun.li@demo.crm', name: 'Sun Li', roles: [Role.AccountManager], dept: 'north' },
  { email: 'zhou.min@demo.crm', name: 'Zhou Min', roles: [Role.Marketer], dept: 'marketing', manages: 'marketing' },
  { email: 'wu.hua@demo.crm', name: 'Wu Hua', roles: [Role.ServiceAgent], dept: 'service', manages: 'service' },
  { email: 'xu.fang@demo.crm', name: 'Xu Fang', roles: [Role.ServiceAgent], dept: 'service' },
  { email: 'hu.jun@demo.crm', name: 'Hu Jun', roles: [Role.CallAgent], dept: 'callcenter', manages: 'callcenter' },
  { email: 'guo.ting@demo.crm', name: 'Guo Ting', roles: [Role.CallAgent], dept: 'callcenter' },
];

export interface IdentityDemo {
  users: Array<{ id: string; email: string; roles: Role[] }>;
  created: number;
}

// Departments and a user for every role; safe to run again (existing rows are kept).
export async function seedIdentityDemo(
  ds: DataSource,
  users: UsersService,
  departments: DepartmentsService,
): Promise<IdentityDemo> {
  return runAsSystem('seed', async () => {
    let created = 0;
    const deptIds = new Map<DeptKey, string>();
    for (const d of DEPARTMENTS) {
      const existing = await ds
        .getRepository(Department)
        .createQueryBuilder('d')
        .where('lower(d.name) = lower(:n)', { n: d.name })
        .getOne();
      const id = existing?.id ?? (await departments.createDepartment({ name: d.name, description: d.description })).id;
      if (!existing) created++;
      deptIds.set(d.key, id);
    }
    const out: IdentityDemo['users'] = [];
    for (const p of PEOPLE) {
      const existing = await ds
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.email) = lower(:e)', { e: p.email })
        .getOne();
      const id =
        existing?.id ??
        (
          await users.createUser({
            email: p.email,
            name: p.name,
            password: DEMO_PASSWORD,
            roles: p.roles,
            departmentId: deptIds.get(p.dept),
          })
        ).id;
      if (!existing) created++;
      out.push({ id, email: p.email, roles: p.roles });
      if (p.manages) {
        const dept = await departments.getDepartment(deptIds.get(p.manages)!);
        if (!dept.managerId) await departments.updateDepartment(dept.id, { managerId: id, version: dept.version });
      }
    }
    return { users: out, created };
  });
}
