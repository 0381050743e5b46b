import 'reflect-metadata';
import { AppConfig, ConfigError } from './app-config';

describe('AppConfig', () => {
  const load = (env: Record<string, string>) => new AppConfig({ NODE_ENV: 'test', ...env });

  it('schedules housekeeping and classification from cron settings, with off-peak defaults', () => {
    expect(load({}).maintenance.cron).toBe('30 3 * * *');
    expect(load({}).classification.cron).toBe('0 2 * * *');
    expect(load({ MAINTENANCE_CRON: '0 4 * * 0' }).maintenance.cron).toBe('0 4 * * 0');
  });

  it('refuses a cron setting that is not a pattern, naming the variable and the value', () => {
    expect(() => load({ MAINTENANCE_CRON: 'nightly' })).toThrow(ConfigError);
    expect(() => load({ MAINTENANCE_CRON: 'nightly' })).toThrow(
      'Invalid configuration: MAINTENANCE_CRON must be a cron pattern such as "30 3 * * *" (got "nightly")',
    );
  });
});
