import 'reflect-metadata';

const AUDITED = Symbol('audited');

// Marks an entity whose creates/updates/deletes go to the audit log under the
// given resource name (the API path segment, e.g. "users").
export const Audited =
  (resource: string, options: { ignore?: string[] } = {}): ClassDecorator =>
  (target) => {
    Reflect.defineMetadata(AUDITED, { resource, ignore: options.ignore ?? [] }, target);
  };

export function auditedMeta(target: unknown): { resource: string; ignore: string[] } | undefined {
  if (!target || typeof target !== 'function') return undefined;
  return Reflect.getMetadata(AUDITED, target);
}
