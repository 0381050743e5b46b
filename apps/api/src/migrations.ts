import { coreMigrations } from '@crm/server-core';
import { customersMigrations } from '@crm/server-customers';

// Every lib's migrations, in the order they must run.
export const allMigrations = [...coreMigrations, ...customersMigrations];
