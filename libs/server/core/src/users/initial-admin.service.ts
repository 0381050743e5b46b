import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Role } from '../auth/roles';
import { AppConfig } from '../config/app-config';
import { runAsSystem } from '../context/request-context';
import { PROCESS_ROLE, ProcessRole } from '../runtime/prepare-runtime';
import { hashPassword, normalizeEmail } from './passwords';
import { User } from './user.entity';

// Any constant works; it only has to differ from the other advisory locks (migrations use 727_001).
const INITIAL_ADMIN_LOCK = 727_002;
export const DEFAULT_ADMIN_EMAIL = 'admin@example.com';

export interface InitialAdminResult {
  email: string;
  // Set only when the password was generated here (the operator did not choose it).
  generatedPassword?: string;
}

// Creates the first administrator when the users table is empty, so a new installation can be signed into.
@Injectable()
export class InitialAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Users');

  constructor(
    @Inject(DataSource) private readonly ds: DataSource,
    @Inject(AppConfig) private readonly config: AppConfig,
    @Inject(PROCESS_ROLE) private readonly role: ProcessRole,
  ) {}

  async onApplicationBootstrap() {
    // Tests start from empty databases and create their own users; they call ensureInitialAdmin() when needed.
    // The API creates it (and prints the password once); the worker never does.
    if (this.config.env === 'test' || this.role !== 'api') return;
    await this.ensureInitialAdmin();
  }

  // Safe when API and worker start together: the transaction-scoped advisory lock lets one of them
  // check-and-insert while the other waits, then finds the table no longer empty.
  async ensureInitialAdmin(
    print: (text: string) => void = (t) => process.stdout.write(t),
  ): Promise<InitialAdminResult | null> {
    const created = await runAsSystem('initial-admin', () =>
      this.ds.transaction(async (m) => {
        await m.query('SELECT pg_advisory_xact_lock($1)', [INITIAL_ADMIN_LOCK]);
        if (await m.getRepository(User).exists()) return null;
        const email = normalizeEmail(this.config.auth.adminEmail ?? DEFAULT_ADMIN_EMAIL);
        const generatedPassword = this.config.auth.adminPassword ? undefined : randomBytes(12).toString('base64url');
        const password = this.config.auth.adminPassword ?? generatedPassword!;
        await m.save(
          m.create(User, {
            email,
            name: 'Administrator',
            passwordHash: await hashPassword(password),
            roles: [Role.Admin],
            passwordChangedAt: new Date(),
          }),
        );
        return { email, generatedPassword };
      }),
    );
    if (!created) return null;
    if (created.generatedPassword) {
      // Printed once, to stdout only (never to the log files): it is not stored anywhere in clear.
      print(box(`Administrator created: ${created.email} / ${created.generatedPassword} — change it after signing in`));
    } else {
      this.logger.log(`Administrator created: ${created.email} (password from ADMIN_PASSWORD)`);
    }
    return created;
  }
}

function box(text: string): string {
  const line = '─'.repeat(text.length + 2);
  return `\n┌${line}┐\n│ ${text} │\n└${line}┘\n\n`;
}
