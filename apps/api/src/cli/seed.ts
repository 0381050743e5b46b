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
import { ClassificationService, customersDemoServices, seedCustomersDemo } from '@crm/server-customers';
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
    console.log('Customers, contacts, two years of orders and payments, interactions…');
    const started = Date.now();
    const demo = await seedCustomersDemo(customersDemoServices(app), identity.users, { log: console.log });
    console.log(
      demo.skipped
        ? 'Demo customers already exist; nothing added.'
        : `Demo data: ${demo.customers} customers and ${demo.orders} orders in ${Math.round((Date.now() - started) / 1000)} s.`,
    );
    // The nightly job would classify them tonight; a new user should see tiers and groups now.
    const classified = await app.get(ClassificationService).classifyCustomers();
    const summary = classified.summary as { tiers?: object; groups?: object; screening?: object } | undefined;
    console.log(
      `Classified ${classified.processed} customers: tiers ${JSON.stringify(summary?.tiers ?? {})}, value groups ${JSON.stringify(summary?.groups ?? {})}, prospect screening ${JSON.stringify(summary?.screening ?? {})}.`,
    );
  } finally {
    await app.close();
    await runtime.stop();
  }
}

main().catch((e) => {
  console.error(`Seeding failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
