export * from './test-app';
export * from './test-database';
export * from './async';
// factories
export * from './factories';
export * from './schema-drift';
export * from './schema-snapshot';
export * from './migration-database';
