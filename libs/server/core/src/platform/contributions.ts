import { Inject, Injectable, Module } from '@nestjs/common';
import { DiscoveryModule, DiscoveryService } from '@nestjs/core';

// A kind of contribution that libs declare on a provider class with a decorator; the service that
// owns the kind collects them at start (as @OnJob handlers are found), so nothing is wired by hand
// in an onModuleInit. A contribution is keyed by a name that must be unique within its kind.
export interface ContributionKind<M extends { name: string }> {
  readonly kind: string;
  readonly key: symbol;
  // Class decorator: marks a provider as contributing `meta` (the provider must be in a module's providers).
  (meta: M): ClassDecorator;
}

export interface Contribution<M, I = unknown> {
  meta: M;
  instance: I;
}

const NAME = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;

export function contributionKind<M extends { name: string }>(kind: string): ContributionKind<M> {
  const key = Symbol(kind);
  const decorator = ((meta: M): ClassDecorator =>
    (target) => {
      if (!NAME.test(meta.name)) throw new Error(`invalid ${kind} name "${meta.name}"`);
      Reflect.defineMetadata(key, meta, target);
    }) as ContributionKind<M>;
  Object.defineProperty(decorator, 'kind', { value: kind });
  Object.defineProperty(decorator, 'key', { value: key });
  return decorator;
}

// Finds every provider carrying a contribution of a kind. A class provided by two modules counts
// once; two classes claiming one name fail at start.
@Injectable()
export class ContributionsService {
  constructor(@Inject(DiscoveryService) private readonly discovery: DiscoveryService) {}

  collect<M extends { name: string }, I = unknown>(kind: ContributionKind<M>): Contribution<M, I>[] {
    const byName = new Map<string, Contribution<M, I> & { type: unknown }>();
    for (const wrapper of this.discovery.getProviders()) {
      const type = wrapper.metatype;
      if (!type || !wrapper.instance || !Reflect.hasOwnMetadata(kind.key, type)) continue;
      const meta = Reflect.getOwnMetadata(kind.key, type) as M;
      const existing = byName.get(meta.name);
      if (existing && existing.type !== type) throw new Error(`${kind.kind} "${meta.name}" is declared twice`);
      byName.set(meta.name, { meta, instance: wrapper.instance as I, type });
    }
    return [...byName.values()].map(({ meta, instance }) => ({ meta, instance }));
  }
}

// Global in CoreModule: any lib's service may collect contributions.
@Module({ imports: [DiscoveryModule], providers: [ContributionsService], exports: [ContributionsService] })
export class ContributionsModule {}
