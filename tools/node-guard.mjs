// Imported first by the tools that start things (start, test, bench): on an older Node the server
// they spawn segfaults with no message. Same rule as libs/server/core/src/runtime/node-guard.ts.
export const MIN_NODE = '22.12';

const [major, minor] = process.versions.node.split('.').map(Number);
const [minMajor, minMinor] = MIN_NODE.split('.').map(Number);
if (major < minMajor || (major === minMajor && minor < minMinor)) {
  console.error(
    `This needs Node.js >= ${MIN_NODE} (found v${process.versions.node}); run it through npm (npm start / npm run …), which uses the repository's Node 24`,
  );
  process.exit(1);
}
