// Playwright drives Debian's Chromium (Playwright's own browser download is not
// possible here). The e2e build — the release build with the tests' hooks, made by
// `trunk build --release --features test-hooks --dist dist-e2e` (scripts/test.sh) —
// in ../../dist-e2e (or E2E_DIST) is served on loopback.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 8090);
const dist = process.env.E2E_DIST ?? fileURLToPath(new URL('../../dist-e2e', import.meta.url));
if (!existsSync(`${dist}/index.html`)) {
  throw new Error(`No build to test in ${dist}: run \`trunk build --release --features test-hooks --dist dist-e2e\` `
    + '(scripts/test.sh does), or set E2E_DIST to a build folder.');
}

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.js/,
  timeout: 60_000,
  forbidOnly: true,
  workers: 1,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
        '--disable-dev-shm-usage'],
    },
  },
  webServer: {
    command: `node ../../scripts/serve-dist.mjs ${dist} ${port} /fixtures=../fixtures`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
