import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Role } from '../auth/roles';
import { ContributionsService } from '../platform/contributions';
import { PermissionCatalog, PermissionCatalogMeta, PermissionDefinition } from './permission-catalog';
import { REQUIRED_PERMISSIONS } from './require-permission.decorator';

export interface PermissionEntry extends PermissionDefinition {
  readonly key: string;
  // The lib that declared it.
  readonly module: string;
}

// The merged permission catalog: every lib's `src/permissions.ts`, found as contributions. Built on
// first use (after every provider exists); at start it also checks that each @RequirePermission
// names a declared permission, so a typo fails the start instead of locking a route for everyone.
@Injectable()
export class PermissionsService implements OnApplicationBootstrap {
  private merged?: ReadonlyMap<string, PermissionEntry>;

  constructor(
    @Inject(ContributionsService) private readonly contributions: ContributionsService,
    @Inject(DiscoveryService) private readonly discovery: DiscoveryService,
    @Inject(MetadataScanner) private readonly scanner: MetadataScanner,
    @Inject(Reflector) private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap() {
    const catalog = this.catalog();
    for (const wrapper of this.discovery.getControllers()) {
      const type = wrapper.metatype as { name: string; prototype: Record<string, () => unknown> } | undefined;
      if (!type) continue;
      const handlers = this.scanner.getAllMethodNames(type.prototype).map((name) => type.prototype[name]);
      for (const target of [type as unknown as () => unknown, ...handlers]) {
        for (const key of this.reflector.get<string[] | undefined>(REQUIRED_PERMISSIONS, target) ?? []) {
          if (!catalog.has(key)) throw new Error(`${type.name} requires the undeclared permission "${key}"`);
        }
      }
    }
  }

  catalog(): ReadonlyMap<string, PermissionEntry> {
    if (this.merged) return this.merged;
    const merged = new Map<string, PermissionEntry>();
    const catalogs = this.contributions.collect<PermissionCatalogMeta>(PermissionCatalog);
    for (const { meta } of catalogs.sort((a, b) => (a.meta.name === 'core' ? -1 : b.meta.name === 'core' ? 1 : 0))) {
      for (const [key, definition] of Object.entries(meta.permissions)) {
        const existing = merged.get(key);
        if (existing) throw new Error(`permission "${key}" is declared by both ${existing.module} and ${meta.name}`);
        merged.set(key, { key, module: meta.name, ...definition });
      }
    }
    this.merged = merged;
    return merged;
  }

  has(key: string): boolean {
    return this.catalog().has(key);
  }

  // The permissions a user with these roles holds; admin holds every permission.
  forRoles(roles: readonly Role[]): string[] {
    const all = [...this.catalog().values()];
    if (roles.includes(Role.Admin)) return all.map((p) => p.key);
    return all.filter((p) => p.roles.some((r) => roles.includes(r))).map((p) => p.key);
  }
}
