/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const port = Number(process.env.ADMIN_PORT ?? 5173);
const host = process.env.ADMIN_HOST ?? '127.0.0.1';
// Same-origin /api in dev and preview, so the SPA never needs CORS.
const proxy = {
  '/api': { target: process.env.API_URL ?? 'http://127.0.0.1:3000', changeOrigin: true },
};

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    alias: {
      '@crm/api-client': fileURLToPath(new URL('../../libs/shared/api-client/src/index.ts', import.meta.url)),
    },
  },
  build: {
    outDir: '../../dist/apps/admin',
    emptyOutDir: true,
    // react-admin + MUI make one large vendor chunk; that is expected for an admin app.
    chunkSizeWarningLimit: 3000,
  },
  server: { host, port, strictPort: true, proxy },
  preview: { host, port, strictPort: true, proxy },
  test: {
    root,
    environment: 'jsdom',
    include: ['src/**/*.test.tsx'],
    setupFiles: ['src/test/setup.ts'],
    testTimeout: 20000,
  },
});
