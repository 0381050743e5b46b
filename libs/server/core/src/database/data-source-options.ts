import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// Shared by the Nest app and the migration CLI so both see the same schema rules.
export function dataSourceOptions(url: string, migrations: DataSourceOptions['migrations'], logging = false) {
  return {
    type: 'postgres',
    url,
    namingStrategy: new SnakeNamingStrategy(),
    migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: logging ? ['query', 'error'] : ['error'],
    extra: { max: 20, application_name: 'crm' },
  } satisfies DataSourceOptions;
}
