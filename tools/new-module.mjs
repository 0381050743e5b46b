// npm run new:module -- <name> [--root <dir>] [--no-api-generate]
// Creates a domain lib libs/server/<name> with one example feature (<name>-items: entity, migration,
// controller, service, DTOs, permissions, messages, an integration spec), its admin resource
// apps/admin/src/resources/<name>-items (List/Create/Edit/Show, en/zh), adds the descriptor to the
// one list (libs/server/modules) and the workspace to package-lock.json, then regenerates the API
// client. Nothing else needs editing by hand (docs/adding-a-module.md).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addWorkspaceToLock } from './lockfile-workspace.mjs';

const args = process.argv.slice(2);
const option = (flag) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? Boolean(args.splice(i, 1)) : false;
};
const root = option('--root') ?? join(dirname(fileURLToPath(import.meta.url)), '..');
const skipApi = flag('--no-api-generate');
const name = args[0];

const RESERVED = new Set(['core', 'customers', 'modules', 'shared']);
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name) || RESERVED.has(name)) {
  console.error(
    'usage: npm run new:module -- <name>   (kebab-case, e.g. sales or call-center; not core/customers/modules)',
  );
  process.exit(1);
}
const libDir = join(root, 'libs/server', name);
if (existsSync(libDir)) {
  console.error(`libs/server/${name} already exists`);
  process.exit(1);
}

// demo → Demo/demo/demo; call-center → CallCenter/callCenter/call_center.
const words = name.split('-');
const Pascal = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
const camel = Pascal[0].toLowerCase() + Pascal.slice(1);
const snake = words.join('_');
const title = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
const resource = `${name}-items`;
const table = `${snake}_items`;
const Item = `${Pascal}Item`;
const stamp = Date.now();
const Migration = `${Pascal}Schema${stamp}`;
const written = [];

function write(path, content) {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content.replace(/^\n/, ''));
  written.push(path);
}

const lib = `libs/server/${name}`;
const feature = `${lib}/src/items`;

write(
  `${lib}/package.json`,
  JSON.stringify({ name: `@crm/server-${name}`, version: '0.0.0', private: true, main: 'src/index.ts' }, null, 2) +
    '\n',
);
write(
  `${lib}/project.json`,
  JSON.stringify(
    {
      name: `server-${name}`,
      $schema: '../../../node_modules/nx/schemas/project-schema.json',
      sourceRoot: `${lib}/src`,
      projectType: 'library',
      tags: ['type:library', 'scope:domain'],
      targets: {
        lint: { executor: 'nx:run-commands', options: { command: `eslint ${lib} --max-warnings=0` } },
      },
    },
    null,
    2,
  ) + '\n',
);

write(
  `${lib}/src/index.ts`,
  `
import './i18n/messages';
import { defineCrmModule } from '@crm/server-core';
import { ${Pascal}Module } from './${name}.module';
import { ${camel}Migrations } from './database/migrations';
import { ${Item} } from './items/${name}-item.entity';

// The ${name} lib as the apps fold it (listed once in libs/server/modules; docs/adding-a-module.md).
export const ${camel}Module = defineCrmModule({
  name: '${name}',
  apiModule: ${Pascal}Module,
  migrations: ${camel}Migrations,
  entities: [${Item}],
  // Queues its jobs run on (defineQueue('${name}', { concurrency: 2 })), schedules: (config) => [...],
  // and a workerModule with the @OnJob processors, when the lib gets background work.
});

// Public surface: the module, public services and DTO types other libs may use.
export * from './${name}.module';
export * from './permissions';
export * from './items/${name}-item.entity';
export * from './items/${name}-item.events';
export * from './items/${name}-items.service';
export * from './items/dto/${name}-item.dto';
`,
);

write(
  `${lib}/src/${name}.module.ts`,
  `
import './i18n/messages';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ${Item} } from './items/${name}-item.entity';
import { ${Pascal}ItemsController } from './items/${name}-items.controller';
import { ${Pascal}ItemsService } from './items/${name}-items.service';
import { ${Pascal}Permissions } from './permissions';

@Module({
  imports: [TypeOrmModule.forFeature([${Item}])],
  controllers: [${Pascal}ItemsController],
  providers: [${Pascal}ItemsService, ${Pascal}Permissions],
  exports: [${Pascal}ItemsService],
})
export class ${Pascal}Module {}
`,
);

write(
  `${lib}/src/permissions.ts`,
  `
import { definePermissions, PermissionCatalog, Role } from '@crm/server-core';
import { Injectable } from '@nestjs/common';

// The ${name} lib's permissions and the roles holding them (admin holds every permission): the one
// place this lib maps roles to what they may do (ADR 0023). Routes name them in @RequirePermission.
export const ${snake.toUpperCase()}_PERMISSIONS = definePermissions({
  '${snake}.read': {
    description: 'Read ${name} items',
    roles: [Role.Executive, Role.SalesManager, Role.AccountManager],
  },
  '${snake}.write': { description: 'Create, change and delete ${name} items', roles: [Role.SalesManager] },
});

export type ${Pascal}Permission = keyof typeof ${snake.toUpperCase()}_PERMISSIONS;

// Listed in the module's providers: contributes the catalog, merged with the other libs' at start.
@PermissionCatalog({ name: '${snake}', permissions: ${snake.toUpperCase()}_PERMISSIONS })
@Injectable()
export class ${Pascal}Permissions {}
`,
);

write(
  `${lib}/src/i18n/messages.en.ts`,
  `
// The ${name} lib's user-visible API messages in English (see core's messages.en.ts for the key
// conventions). Registered with core's catalog when the lib loads (./messages.ts).
export const en = {
  'entity.${snake}_item': '${title} item',
  'webhook_event.${snake}_item_created': 'A ${name} item was created',
};
`,
);
write(
  `${lib}/src/i18n/messages.zh.ts`,
  `
import type { Translation } from '@crm/server-core';
import type { en } from './messages.en';

// Simplified Chinese, typed against the English keys: a missing or misspelt key fails the type-check.
export const zh: Translation<typeof en> = {
  'entity.${snake}_item': '${title} 条目',
  'webhook_event.${snake}_item_created': '新建了 ${title} 条目',
};
`,
);
write(
  `${lib}/src/i18n/messages.ts`,
  `
import { registerMessages, type Keys } from '@crm/server-core';
import { en } from './messages.en';
import { zh } from './messages.zh';

// The lib's messages join the API's catalog when the lib loads (index.ts and the module import this
// file), and its keys join MessageKeys so \`msg()\` type-checks them.
registerMessages({ en, zh });

declare module '@crm/server-core' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface MessageKeys extends Keys<typeof en> {}
}
`,
);

write(
  `${lib}/src/database/migrations/index.ts`,
  `
import { ${Migration} } from './${stamp}-${name}-schema';

// Every migration of the ${name} lib, in order; they run after core's and the libs listed before it.
export const ${camel}Migrations = [${Migration}];
`,
);
write(
  `${lib}/src/database/migrations/${stamp}-${name}-schema.ts`,
  `
import { MigrationInterface, QueryRunner } from 'typeorm';

// The ${name} lib's first tables.
export class ${Migration} implements MigrationInterface {
  name = '${Migration}';

  async up(q: QueryRunner): Promise<void> {
    await q.query(\`
      CREATE TABLE ${table} (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1
      )\`);
    // The list's search and default order.
    await q.query(\`CREATE INDEX ix_${table}_name ON ${table} (name)\`);
    await q.query(\`CREATE INDEX ix_${table}_created_at ON ${table} (created_at)\`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(\`DROP TABLE ${table}\`);
  }
}
`,
);

write(
  `${feature}/${name}-item.entity.ts`,
  `
import { Audited, BaseEntity } from '@crm/server-core';
import { Column, Entity, Index } from 'typeorm';

// id, created_at, updated_at and version (optimistic locking) come from BaseEntity.
@Audited('${resource}')
@Entity('${table}')
@Index('ix_${table}_created_at', ['createdAt'])
export class ${Item} extends BaseEntity {
  @Index('ix_${table}_name')
  @Column('text')
  name!: string;

  @Column('text', { nullable: true })
  description!: string | null;
}
`,
);

write(
  `${feature}/dto/${name}-item.dto.ts`,
  `
import { ApiProperty } from '@nestjs/swagger';
import { ${Item} } from '../${name}-item.entity';

export class ${Item}Dto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'First ${name} item' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  /** Send it back with PATCH; a stale value answers 409. */
  @ApiProperty() version!: number;
}

export class ${Item}PageDto {
  @ApiProperty({ type: [${Item}Dto] }) data!: ${Item}Dto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export const to${Item}Dto = (x: ${Item}): ${Item}Dto => ({
  id: x.id,
  name: x.name,
  description: x.description,
  createdAt: x.createdAt.toISOString(),
  updatedAt: x.updatedAt.toISOString(),
  version: x.version,
});
`,
);

write(
  `${feature}/dto/${name}-item-inputs.dto.ts`,
  `
import { ListQueryDto, OptionalField } from '@crm/server-core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class Create${Item}Dto {
  @ApiProperty({ maxLength: 200, example: 'First ${name} item' })
  @Transform(trim)
  @IsString({ message: '$property must be text' })
  @IsNotEmpty({ message: '$property must not be empty' })
  @MaxLength(200, { message: '$property must be at most 200 characters' })
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @OptionalField({ nullable: true })
  @IsString({ message: '$property must be text' })
  @MaxLength(2000, { message: '$property must be at most 2000 characters' })
  description?: string | null;
}

export class Update${Item}Dto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString({ message: '$property must be text' })
  @IsNotEmpty({ message: '$property must not be empty' })
  @MaxLength(200, { message: '$property must be at most 200 characters' })
  name?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000 })
  @OptionalField({ nullable: true })
  @IsString({ message: '$property must be text' })
  @MaxLength(2000, { message: '$property must be at most 2000 characters' })
  description?: string | null;

  /** The version you read; a stale one answers 409. */
  @ApiProperty()
  @IsInt({ message: '$property must be a whole number' })
  @Min(1)
  version!: number;
}

// q matches the name; sort on name, createdAt (default newest first).
export class List${Item}sQueryDto extends ListQueryDto {}
`,
);

write(
  `${feature}/${name}-item.events.ts`,
  `
import { defineWebhookEvent } from '@crm/server-core';
import '../i18n/messages';

// Events of ${name} items; webhooks may subscribe to them (GET /webhooks/events lists them).
export interface ${Item}Event {
  id: string;
}

export const ${Item}Events = {
  Created: defineWebhookEvent<${Item}Event>('${snake}_item.created', {
    description: 'webhook_event.${snake}_item_created',
  }),
};
`,
);

write(
  `${feature}/${name}-items.service.ts`,
  `
import { assertVersion, emitEvent, likePattern, msg, NotFoundError, Page, paginate } from '@crm/server-core';
import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { ${Item}Dto, to${Item}Dto } from './dto/${name}-item.dto';
import { Create${Item}Dto, List${Item}sQueryDto, Update${Item}Dto } from './dto/${name}-item-inputs.dto';
import { ${Item} } from './${name}-item.entity';
import { ${Item}Events } from './${name}-item.events';

const SORTABLE = { name: 'x.name', createdAt: 'x.createdAt' };

// The rules of ${name} items (the controller only maps HTTP to these calls).
@Injectable()
export class ${Pascal}ItemsService {
  constructor(
    @InjectRepository(${Item}) private readonly items: Repository<${Item}>,
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(EventEmitter2) private readonly events: EventEmitter2,
  ) {}

  list(query: List${Item}sQueryDto): Promise<Page<${Item}Dto>> {
    const qb = this.items.createQueryBuilder('x');
    if (query.q) qb.andWhere('x.name ILIKE :q', { q: likePattern(query.q) });
    return paginate(qb, query, { sortable: SORTABLE, defaultSort: '-createdAt' }, to${Item}Dto);
  }

  async get(id: string): Promise<${Item}Dto> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw new NotFoundError(msg('entity.${snake}_item'), id);
    return to${Item}Dto(item);
  }

  async create(dto: Create${Item}Dto): Promise<${Item}Dto> {
    const item = await this.items.save(this.items.create({ name: dto.name, description: dto.description ?? null }));
    emitEvent(this.events, ${Item}Events.Created, { id: item.id });
    return to${Item}Dto(item);
  }

  async update(id: string, dto: Update${Item}Dto): Promise<${Item}Dto> {
    const saved = await this.ds.transaction(async (m) => {
      const item = await m.findOne(${Item}, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!item) throw new NotFoundError(msg('entity.${snake}_item'), id);
      assertVersion(item, dto.version, '${Item}');
      if (dto.name !== undefined) item.name = dto.name;
      if (dto.description !== undefined) item.description = dto.description;
      return m.save(item);
    });
    return to${Item}Dto(saved);
  }

  async remove(id: string): Promise<void> {
    const { affected } = await this.items.delete({ id });
    if (!affected) throw new NotFoundError(msg('entity.${snake}_item'), id);
  }
}
`,
);

write(
  `${feature}/${name}-items.controller.ts`,
  `
import { RequirePermission } from '@crm/server-core';
import { Body, Controller, Delete, Get, HttpCode, Inject, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ${Item}Dto, ${Item}PageDto } from './dto/${name}-item.dto';
import { Create${Item}Dto, List${Item}sQueryDto, Update${Item}Dto } from './dto/${name}-item-inputs.dto';
import { ${Pascal}ItemsService } from './${name}-items.service';

@ApiTags('${name}')
@Controller('${resource}')
export class ${Pascal}ItemsController {
  constructor(@Inject(${Pascal}ItemsService) private readonly items: ${Pascal}ItemsService) {}

  @Get()
  @RequirePermission('${snake}.read')
  @ApiOkResponse({ type: ${Item}PageDto })
  @ApiOperation({ summary: 'List ${name} items', operationId: 'list${Item}s' })
  list${Item}s(@Query() query: List${Item}sQueryDto): Promise<${Item}PageDto> {
    return this.items.list(query);
  }

  @Post()
  @RequirePermission('${snake}.write')
  @ApiCreatedResponse({ type: ${Item}Dto })
  @ApiOperation({ summary: 'Create a ${name} item', operationId: 'create${Item}' })
  create${Item}(@Body() dto: Create${Item}Dto): Promise<${Item}Dto> {
    return this.items.create(dto);
  }

  @Get(':id')
  @RequirePermission('${snake}.read')
  @ApiOkResponse({ type: ${Item}Dto })
  @ApiOperation({ summary: 'Get a ${name} item', operationId: 'get${Item}' })
  get${Item}(@Param('id', ParseUUIDPipe) id: string): Promise<${Item}Dto> {
    return this.items.get(id);
  }

  @Patch(':id')
  @RequirePermission('${snake}.write')
  @ApiOkResponse({ type: ${Item}Dto })
  @ApiOperation({ summary: 'Update a ${name} item (send version; stale answers 409)', operationId: 'update${Item}' })
  update${Item}(@Param('id', ParseUUIDPipe) id: string, @Body() dto: Update${Item}Dto): Promise<${Item}Dto> {
    return this.items.update(id, dto);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('${snake}.write')
  @ApiNoContentResponse()
  @ApiOperation({ summary: 'Delete a ${name} item', operationId: 'delete${Item}' })
  delete${Item}(@Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.items.remove(id);
  }
}
`,
);

write(
  `${feature}/${name}-items.int-spec.ts`,
  `
import { ALL_ROLES, Role } from '@crm/server-core';
import { createTestApp, loginAs, TestContext } from '@crm/server-core/testing';

type Headers = { Authorization: string };

describe('${name} items API', () => {
  let ctx: TestContext;
  let manager: Headers;
  let executive: Headers;

  beforeAll(async () => {
    ctx = await createTestApp();
    manager = (await loginAs(ctx, Role.SalesManager)).headers;
    executive = (await loginAs(ctx, Role.Executive)).headers;
  });
  afterAll(() => ctx?.close());

  it('creates an item and lists it, newest first, with the search', async () => {
    const created = await ctx.http
      .post('/api/v1/${resource}')
      .set(manager)
      .send({ name: '  Pilot item  ', description: 'The first one' })
      .expect(201);
    expect(created.body).toMatchObject({ name: 'Pilot item', description: 'The first one', version: 1 });
    await ctx.http.post('/api/v1/${resource}').set(manager).send({ name: 'Second item' }).expect(201);

    const list = await ctx.http.get('/api/v1/${resource}?q=pilot').set(executive).expect(200);
    expect(list.body).toMatchObject({ total: 1, page: 1, pageSize: 25 });
    expect(list.body.data.map((x: { id: string }) => x.id)).toEqual([created.body.id]);
    const all = await ctx.http.get('/api/v1/${resource}').set(executive).expect(200);
    expect(all.body.data.map((x: { name: string }) => x.name)).toEqual(['Second item', 'Pilot item']);
    const row = await ctx.ds.query('SELECT name, version FROM ${table} WHERE id = $1', [created.body.id]);
    expect(row).toEqual([{ name: 'Pilot item', version: 1 }]);
  });

  it('answers 400 problem details naming the field for bad input', async () => {
    const res = await ctx.http.post('/api/v1/${resource}').set(manager).send({ name: '' }).expect(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({ status: 400, errors: [expect.objectContaining({ field: 'name' })] });
    const unknown = await ctx.http.post('/api/v1/${resource}').set(manager).send({ name: 'x', colour: 'red' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'colour' })]);
  });

  it('updates with the version read and refuses a stale one with 409', async () => {
    const { body } = await ctx.http.post('/api/v1/${resource}').set(manager).send({ name: 'Draft' }).expect(201);
    const updated = await ctx.http
      .patch(\`/api/v1/${resource}/\${body.id}\`)
      .set(manager)
      .send({ name: 'Final', version: 1 })
      .expect(200);
    expect(updated.body).toMatchObject({ name: 'Final', version: 2 });
    await ctx.http.patch(\`/api/v1/${resource}/\${body.id}\`).set(manager).send({ name: 'Late', version: 1 }).expect(409);
  });

  it('answers 404 in the caller language, worded by the lib catalog', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const en = await ctx.http.get(\`/api/v1/${resource}/\${id}\`).set(executive).expect(404);
    expect(en.body.detail).toContain('${title} item');
    const zh = await ctx.http.get(\`/api/v1/${resource}/\${id}\`).set(executive).set('Accept-Language', 'zh-CN').expect(404);
    expect(zh.body.detail).toContain('${title} 条目');
  });

  it('offers its created event to webhooks', async () => {
    const admin = (await loginAs(ctx, Role.Admin)).headers;
    const res = await ctx.http.get('/api/v1/webhooks/events').set(admin).expect(200);
    expect(res.body.events).toContain('${snake}_item.created');
  });

  it('gives each role the ${name} permissions spelled out here (a widened role is a reviewed change)', async () => {
    const ACCESS: Record<Role, string[]> = {
      [Role.Admin]: ['${snake}.read', '${snake}.write'],
      [Role.Executive]: ['${snake}.read'],
      [Role.SalesManager]: ['${snake}.read', '${snake}.write'],
      [Role.AccountManager]: ['${snake}.read'],
      [Role.Marketer]: [],
      [Role.ServiceAgent]: [],
      [Role.CallAgent]: [],
    };
    for (const role of ALL_ROLES) {
      const { headers } = await loginAs(ctx, role);
      const me = await ctx.http.get('/api/v1/auth/me').set(headers).expect(200);
      const held = (me.body.permissions as string[]).filter((key) => key.startsWith('${snake}.'));
      expect({ role, held: held.sort() }).toEqual({ role, held: ACCESS[role] });
    }
  });

  it('lets readers read but not write', async () => {
    await ctx.http.post('/api/v1/${resource}').set(executive).send({ name: 'Nope' }).expect(403);
  });
});
`,
);

// ---- admin resource -------------------------------------------------------------------------
const admin = `apps/admin/src/resources/${resource}`;
write(
  `${admin}/types.ts`,
  `
import type { components } from '@crm/api-client';
import type { RaRecord } from 'react-admin';

export type ${Item} = components['schemas']['${Item}Dto'] & RaRecord<string>;
`,
);
write(
  `${admin}/${Item}Inputs.tsx`,
  `
import { TextInput, maxLength, required } from 'react-admin';

export const ${Item}Inputs = () => (
  <>
    <TextInput source="name" validate={[required(), maxLength(200)]} />
    <TextInput source="description" multiline validate={maxLength(2000)} />
  </>
);
`,
);
write(
  `${admin}/${Item}List.tsx`,
  `
import { CreateButton, DataTable, DateField, List, SearchInput, TopToolbar } from 'react-admin';
import { ListEmpty } from '../../components/ListEmpty';
import { useCanWrite } from '../../components/usePermissionsFor';
import type { ${Item} } from './types';

export const ${Item}List = () => {
  const canWrite = useCanWrite('${resource}');
  return (
    <List
      filters={[<SearchInput key="q" source="q" alwaysOn />]}
      sort={{ field: 'createdAt', order: 'DESC' }}
      perPage={25}
      actions={<TopToolbar>{canWrite && <CreateButton />}</TopToolbar>}
      empty={<ListEmpty canCreate={canWrite} />}
      exporter={false}
    >
      <DataTable<${Item}> rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="description" disableSort />
        <DataTable.Col source="createdAt" field={DateField} />
      </DataTable>
    </List>
  );
};
`,
);
write(
  `${admin}/${Item}Create.tsx`,
  `
import { Create, SimpleForm } from 'react-admin';
import { ${Item}Inputs } from './${Item}Inputs';

export const ${Item}Create = () => (
  <Create redirect="show">
    <SimpleForm>
      <${Item}Inputs />
    </SimpleForm>
  </Create>
);
`,
);
write(
  `${admin}/${Item}Edit.tsx`,
  `
import { DeleteWithConfirmButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { ${Item}Inputs } from './${Item}Inputs';

const Actions = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteWithConfirmButton mutationMode="pessimistic" />
  </Toolbar>
);

// Pessimistic: the API checks the version and answers 409 when someone else saved first.
export const ${Item}Edit = () => (
  <Edit mutationMode="pessimistic" redirect="show">
    <SimpleForm toolbar={<Actions />}>
      <${Item}Inputs />
    </SimpleForm>
  </Edit>
);
`,
);
write(
  `${admin}/${Item}Show.tsx`,
  `
import { DateField, EditButton, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useCanWrite } from '../../components/usePermissionsFor';

const Actions = () => <TopToolbar>{useCanWrite('${resource}') && <EditButton />}</TopToolbar>;

export const ${Item}Show = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="description" emptyText="—" />
      <DateField source="createdAt" showTime />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
`,
);
write(
  `${admin}/i18n.en.ts`,
  `
// resources.${resource}: react-admin's labels for the resource and its fields.
export const en = {
  name: '${title} item |||| ${title} items',
  fields: {
    name: 'Name',
    description: 'Description',
    createdAt: 'Created',
    updatedAt: 'Updated',
    q: 'Search',
  },
};
`,
);
write(
  `${admin}/i18n.zh.ts`,
  `
import type { en } from './i18n.en';

// Typed against the English: a missing key fails the type-check. Translate "${title}" here.
export const zh: typeof en = {
  name: '${title} 条目',
  fields: {
    name: '名称',
    description: '描述',
    createdAt: '创建时间',
    updatedAt: '更新时间',
    q: '搜索',
  },
};
`,
);
write(
  `${admin}/module.ts`,
  `
import ListAltIcon from '@mui/icons-material/ListAlt';
import type { AdminModule } from '../../modules';
import { en } from './i18n.en';
import { zh } from './i18n.zh';
import type { ${Item} } from './types';
import { ${Item}Create } from './${Item}Create';
import { ${Item}Edit } from './${Item}Edit';
import { ${Item}List } from './${Item}List';
import { ${Item}Show } from './${Item}Show';

// Found by apps/admin/src/modules.ts: the ${name} module's screens, menu entry and messages.
const ${camel}Items: AdminModule<typeof en> = {
  name: '${resource}',
  // The API's permissions (libs/server/${name}/src/permissions.ts) opening the screens and their buttons.
  permissions: { read: '${snake}.read', write: '${snake}.write' },
  resource: {
    list: ${Item}List,
    create: ${Item}Create,
    edit: ${Item}Edit,
    show: ${Item}Show,
    icon: ListAltIcon,
    recordRepresentation: (record: ${Item}) => record.name,
  },
  messages: { en, zh },
};

export default ${camel}Items;
`,
);

// ---- the one list, the lock file ------------------------------------------------------------
const listFile = join(root, 'libs/server/modules/src/index.ts');
let list = readFileSync(listFile, 'utf8');
const importLine = `import { ${camel}Module } from '@crm/server-${name}';\n`;
const imports = [...list.matchAll(/^import .*;\n/gm)];
const afterImports = imports.at(-1).index + imports.at(-1)[0].length;
list = list.slice(0, afterImports) + importLine + list.slice(afterImports);
list = list.replace(/export const crmModules = \[([^\]]*)\]/, (_m, items) => {
  const names = items
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return `export const crmModules = [${[...names, `${camel}Module`].join(', ')}]`;
});
writeFileSync(listFile, list);
written.push('libs/server/modules/src/index.ts');
addWorkspaceToLock(root, lib, `@crm/server-${name}`);
written.push('package-lock.json');

const run = (bin, argv) => {
  const r = spawnSync(process.execPath, [join(root, bin), ...argv], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
run('node_modules/prettier/bin/prettier.cjs', ['--log-level', 'warn', '--write', ...written]);
if (!skipApi) {
  // The admin's types come from the OpenAPI document: regenerate it with the new endpoints.
  const r = spawnSync('npm', ['run', '-s', 'api:generate'], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

console.log(`\nCreated the ${name} module:`);
for (const path of written) console.log(`  ${relative(root, join(root, path))}`);
console.log(`\nNext: npm run -s typecheck && npm run -s lint && npm run db:migrate, then
  NODE_OPTIONS="--experimental-vm-modules --no-warnings" npx jest --selectProjects integration --testPathPatterns ${resource}
See docs/adding-a-module.md for what a module may add next (permissions, messages, webhooks, jobs, tiles…).`);
