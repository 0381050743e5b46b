import 'reflect-metadata';
import { OpenAPIObject } from '@nestjs/swagger';
import { createOpenApiDocument } from './openapi-document';

// Integrations and the admin's generated types rely on every operation being documented.
describe('the OpenAPI document', () => {
  let doc: OpenAPIObject;
  beforeAll(async () => {
    doc = await createOpenApiDocument();
  });

  const operations = () =>
    Object.entries(doc.paths).flatMap(([path, item]) =>
      (['get', 'post', 'put', 'patch', 'delete'] as const)
        .filter((m) => item[m])
        .map((m) => ({ path, method: m, op: item[m]! })),
    );

  it('gives every operation a unique operationId and a summary', () => {
    const ids = operations().map(({ op }) => op.operationId);
    expect(ids.filter((id) => !id)).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(
      operations()
        .filter(({ op }) => !op.summary)
        .map(({ method, path }) => `${method} ${path}`),
    ).toEqual([]);
  });

  it('documents the success response of every operation, with a body schema unless it is 204', () => {
    const missing = operations()
      .filter(({ op }) => {
        const success = Object.entries(op.responses ?? {}).filter(([code]) => /^2\d\d$/.test(code));
        if (!success.length) return true;
        return success.some(
          ([code, r]) => code !== '204' && !(r && 'content' in r && r.content && Object.keys(r.content).length),
        );
      })
      .map(({ method, path }) => `${method.toUpperCase()} ${path}`);
    expect(missing).toEqual([]);
  });

  it('declares both authentication schemes', () => {
    expect(Object.keys(doc.components?.securitySchemes ?? {}).sort()).toEqual(['apiKey', 'bearer']);
  });
});
