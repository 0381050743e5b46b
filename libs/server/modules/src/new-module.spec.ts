import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';

const repo = join(__dirname, '../../../..');

// Runs tools/new-module.mjs into a scratch root holding only what it edits (the list, the lock
// file, the prettier config); the full check (typecheck, lint, migrate, generated test) is the acceptance in
// docs/adding-a-module.md.
describe('npm run new:module', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'crm-new-module-'));
    mkdirSync(join(root, 'libs/server/modules/src'), { recursive: true });
    writeFileSync(
      join(root, 'libs/server/modules/src/index.ts'),
      readFileSync(join(repo, 'libs/server/modules/src/index.ts'), 'utf8'),
    );
    writeFileSync(
      join(root, 'package-lock.json'),
      JSON.stringify({ packages: { '': {}, 'libs/server/customers': {}, 'node_modules/zod': {} } }),
    );
    writeFileSync(join(root, '.prettierrc.json'), readFileSync(join(repo, '.prettierrc.json'), 'utf8'));
    symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const generate = (name: string) =>
    spawnSync(process.execPath, [join(repo, 'tools/new-module.mjs'), name, '--root', root, '--no-api-generate'], {
      encoding: 'utf8',
    });

  it('writes a lib with its descriptor, one feature, its migration, spec and admin resource', () => {
    const run = generate('call-center');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lib = join(root, 'libs/server/call-center');
    for (const file of [
      'package.json',
      'project.json',
      'src/index.ts',
      'src/call-center.module.ts',
      'src/permissions.ts',
      'src/i18n/messages.en.ts',
      'src/i18n/messages.zh.ts',
      'src/i18n/messages.ts',
      'src/items/call-center-item.events.ts',
      'src/items/call-center-item.entity.ts',
      'src/items/call-center-items.controller.ts',
      'src/items/call-center-items.service.ts',
      'src/items/dto/call-center-item.dto.ts',
      'src/items/call-center-items.int-spec.ts',
    ]) {
      expect(existsSync(join(lib, file))).toBe(true);
    }
    expect(readFileSync(join(lib, 'src/index.ts'), 'utf8')).toContain(
      'export const callCenterModule = defineCrmModule({',
    );
    expect(JSON.parse(readFileSync(join(lib, 'project.json'), 'utf8')).tags).toEqual(['type:library', 'scope:domain']);
    const admin = join(root, 'apps/admin/src/resources/call-center-items');
    for (const file of ['module.ts', 'CallCenterItemList.tsx', 'CallCenterItemShow.tsx', 'i18n.en.ts', 'i18n.zh.ts']) {
      expect(existsSync(join(admin, file))).toBe(true);
    }
  });

  it('appends the descriptor to the one list and the workspace to the lock file', () => {
    const list = readFileSync(join(root, 'libs/server/modules/src/index.ts'), 'utf8');
    expect(list).toContain("import { callCenterModule } from '@crm/server-call-center';");
    expect(list).toMatch(/export const crmModules = \[customersModule, callCenterModule\]/);
    const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8'));
    expect(Object.keys(lock.packages)).toEqual([
      '',
      'libs/server/call-center',
      'libs/server/customers',
      'node_modules/@crm/server-call-center',
      'node_modules/zod',
    ]);
    expect(lock.packages['node_modules/@crm/server-call-center']).toEqual({
      resolved: 'libs/server/call-center',
      link: true,
    });
  });

  it('writes TypeScript without syntax errors', () => {
    const files = spawnSync('find', [root, '-path', '*/node_modules', '-prune', '-o', '-name', '*.ts*', '-print'], {
      encoding: 'utf8',
    })
      .stdout.trim()
      .split('\n');
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const out = ts.transpileModule(readFileSync(file, 'utf8'), {
        reportDiagnostics: true,
        fileName: file,
        compilerOptions: { jsx: ts.JsxEmit.ReactJSX, experimentalDecorators: true },
      });
      expect({ file, errors: out.diagnostics?.map((d) => d.messageText) }).toEqual({ file, errors: [] });
    }
  });

  it('refuses a name that is taken or not kebab-case', () => {
    expect(generate('call-center').stderr).toContain('libs/server/call-center already exists');
    expect(generate('CallCenter').status).toBe(1);
    expect(generate('customers').status).toBe(1);
  });
});
