// Imported first by every server entry point (API, worker, CLIs), before anything else loads:
// on an older Node (the machine's v20) loading Nest through require(esm) segfaults with no message,
// so the check must run before those modules are required. No imports here on purpose.
// Keep MIN_NODE in step with "engines" in package.json and tools/node-guard.mjs.
export const MIN_NODE = '22.12';

export function nodeVersionProblem(found: string = process.versions.node): string | undefined {
  const [major, minor] = found.split('.').map(Number);
  const [minMajor, minMinor] = MIN_NODE.split('.').map(Number);
  if (major > minMajor || (major === minMajor && minor >= minMinor)) return undefined;
  return `This needs Node.js >= ${MIN_NODE} (found v${found}); run it through npm (npm start / npm run …), which uses the repository's Node 24`;
}

const problem = nodeVersionProblem();
if (problem) {
  console.error(problem);
  process.exit(1);
}
