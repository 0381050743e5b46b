// Compiles the server apps and libs to dist/ with SWC (decorator metadata on),
// rewriting the @crm/* path aliases from tsconfig.base.json to relative imports.
import { transformFile } from '@swc/core';
import { mkdir, readdir, readFile, writeFile, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import aliases from './path-aliases.cjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist');
const sources = ['apps/api/src', 'apps/worker/src', 'libs/server', 'libs/shared/api-client/src'];
const skip = /(\.spec|\.int-spec|\.test)\.ts$|\.d\.ts$/;

const swcrc = JSON.parse(await readFile(join(root, '.swcrc'), 'utf8'));

async function walk(dir, files = []) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return files;
  }
  for (const e of entries) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules') await walk(p, files);
    } else if (p.endsWith('.ts') && !skip.test(p)) files.push(p);
  }
  return files;
}

function rewrite(code, file) {
  return code.replace(/require\("(@crm\/[^"]+)"\)/g, (m, spec) => {
    // Wildcards too (@crm/server-<lib>, @crm/server-<lib>/testing): a new lib needs no edit here.
    const target = aliases.resolveAlias(spec);
    if (!target) return m;
    let rel = relative(dirname(file), target.replace(/\.ts$/, ''));
    if (!rel.startsWith('.')) rel = './' + rel;
    return `require("${rel}")`;
  });
}

const started = Date.now();
const files = (await Promise.all(sources.map((s) => walk(join(root, s))))).flat();
let built = 0;
await Promise.all(
  files.map(async (file) => {
    const dest = join(out, relative(root, file)).replace(/\.ts$/, '.js');
    try {
      const [src, dst] = await Promise.all([stat(file), stat(dest)]);
      if (dst.mtimeMs >= src.mtimeMs) return;
    } catch {
      // not built yet
    }
    const { code, map } = await transformFile(file, {
      ...swcrc,
      swcrc: false,
      filename: file,
      sourceFileName: relative(dirname(dest), file),
    });
    await mkdir(dirname(dest), { recursive: true });
    await writeFile(dest, rewrite(code, file) + `\n//# sourceMappingURL=${dest.split('/').pop()}.map`);
    if (map) await writeFile(dest + '.map', map);
    built++;
  }),
);
console.log(`server build: ${built}/${files.length} files compiled in ${Date.now() - started} ms`);
