// First: refuses an unsupported Node with one line before Nest loads.
import '@crm/server-core/node-guard';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import {
  AppLogger,
  DEMO_PASSWORD,
  DepartmentsService,
  loadConfigOrExit,
  prepareRuntime,
  seedIdentityDemo,
  UsersService,
} from '@crm/server-core';
import { AppModule } from '../app.module';
import { crm } from '@crm/server-modules';

// npm run seed: demo data for a new installation; running it again adds nothing twice.
async function main() {
  const config = loadConfigOrExit();
  const runtime = await prepareRuntime(config, crm.migrations, 'seed');
  const app = await NestFactory.createApplicationContext(AppModule.forRoot(runtime), { logger: new AppLogger('warn') });
  try {
    const ds = app.get(DataSource);
    const identity = await seedIdentityDemo(ds, app.get(UsersService), app.get(DepartmentsService));
    console.log(`Demo data: ${identity.created} new departments/users.`);
    console.log(`Sign in as any of them with the password ${DEMO_PASSWORD}:`);
    for (const u of identity.users) console.log(`  ${u.email.padEnd(24)} ${u.roles.join(', ')}`);
    // Each lib's demo data, in list order (descriptor `demo`).
    for (const module of crm.modules) await module.demo?.({ app, users: identity.users, log: console.log });
  } finally {
    await app.close();
    await runtime.stop();
  }
}

main().catch((e) => {
  console.error(`Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
