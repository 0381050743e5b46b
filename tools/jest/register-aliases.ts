// The global setup runs in plain Node, outside jest's moduleNameMapper: resolve @crm/* aliases
// (tsconfig.base.json paths) for the libs it loads. Imported first by global-setup.ts.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { registerAliases } = require('../path-aliases.cjs') as { registerAliases: () => void };
registerAliases();
