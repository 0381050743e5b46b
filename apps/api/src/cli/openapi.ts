// First: refuses an unsupported Node with one line before Nest loads.
import '@crm/server-core/node-guard';
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createOpenApiDocument } from '../openapi-document';

// Writes the key-sorted OpenAPI document that the admin's types are generated from.
async function main() {
  const target = resolve(process.argv[2] ?? 'libs/shared/api-client/openapi.json');
  writeFileSync(target, JSON.stringify(sortKeys(await createOpenApiDocument()), null, 2) + '\n');
  console.log(`wrote ${target}`);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
