// First: refuses an unsupported Node with one line before Nest loads.
import '@crm/server-core/node-guard';
import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import {
  dataSourceOptions,
  ensureEmbeddedPostgres,
  loadConfigOrExit,
  PASSWORD_RESET_ENTITIES,
  resetPassword,
} from '@crm/server-core';

// npm run admin:reset-password -- <email>: a lost administrator password, without the app.
// ADMIN_PASSWORD, when set, is the new password; otherwise one is generated and printed once.
async function main() {
  const email = process.argv[2];
  if (!email) throw new Error('usage: npm run admin:reset-password -- <email>  (ADMIN_PASSWORD=… to choose it)');
  const config = loadConfigOrExit();
  const pg = config.database.url
    ? undefined
    : await ensureEmbeddedPostgres(config.dataDir, config.database.embeddedPort, () => undefined);
  const ds = new DataSource({
    ...(dataSourceOptions(config.database.url ?? pg!.url, []) as DataSourceOptions),
    entities: PASSWORD_RESET_ENTITIES,
  });
  try {
    await ds.initialize();
    const result = await resetPassword(ds, email, config.auth.adminPassword);
    // stdout only, once: the password is not stored anywhere in clear.
    console.log(
      result.generatedPassword
        ? `New password for ${result.email}: ${result.generatedPassword}  (change it after signing in)`
        : `Password for ${result.email} set from ADMIN_PASSWORD`,
    );
    console.log('The account is unlocked and its sessions are ended; the audit log records the reset.');
    if (!result.active) console.log('The account is deactivated: reactivate it under Users to let it sign in.');
  } finally {
    if (ds.isInitialized) await ds.destroy();
    if (pg?.owned) await pg.stop();
  }
}

main().catch((e) => {
  console.error(`Password reset failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
