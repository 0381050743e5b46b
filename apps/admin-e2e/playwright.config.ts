import { defineConfig } from '@playwright/test';

const apiPort = process.env.E2E_API_PORT ?? '3300';
const adminPort = process.env.E2E_ADMIN_PORT ?? '5300';

// Debian's Chromium, launched with the flags this closed network needs.
export default defineConfig({
  testDir: './src',
  outputDir: '../../tmp/e2e-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  use: {
    baseURL: `http://127.0.0.1:${adminPort}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'node stack.mjs',
    env: { E2E_API_PORT: apiPort, E2E_ADMIN_PORT: adminPort },
    cwd: __dirname,
    // Through the admin preview proxy, so both servers are up.
    url: `http://127.0.0.1:${adminPort}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
});
