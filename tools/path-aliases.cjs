/* eslint-disable @typescript-eslint/no-require-imports */
// Resolves the @crm/* path aliases of tsconfig.base.json (wildcards included, with TypeScript's
// rule: the pattern with the longest prefix before "*" wins) to absolute source files. Used by
// tools/build-server.mjs and by the jest global setup, which runs outside jest's moduleNameMapper.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const { paths } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const patterns = Object.entries(paths).map(([key, targets]) => {
  const star = key.indexOf('*');
  return star < 0
    ? { prefix: key, suffix: '', exact: true, target: targets[0] }
    : { prefix: key.slice(0, star), suffix: key.slice(star + 1), exact: false, target: targets[0] };
});

function resolveAlias(spec) {
  let best;
  for (const p of patterns) {
    if (p.exact) {
      if (spec === p.prefix) return join(root, p.target);
      continue;
    }
    const fits = spec.length >= p.prefix.length + p.suffix.length;
    if (!fits || !spec.startsWith(p.prefix) || !spec.endsWith(p.suffix)) continue;
    if (!best || p.prefix.length > best.prefix.length) best = p;
  }
  if (!best) return undefined;
  const matched = spec.slice(best.prefix.length, spec.length - best.suffix.length);
  return join(root, best.target.replace('*', matched));
}

// Lets plain Node require() resolve the aliases (the jest global setup loads the libs that way).
function registerAliases() {
  const Module = require('node:module');
  const original = Module._resolveFilename;
  Module._resolveFilename = function (request, ...rest) {
    const target = request.startsWith('@crm/') ? resolveAlias(request) : undefined;
    return original.call(this, target ?? request, ...rest);
  };
}

module.exports = { resolveAlias, registerAliases };
