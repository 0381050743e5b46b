// Test helpers for specs of this lib and of modules built on it (not part of the runtime surface).
export * from './factories';
