// End-to-end tests run against the built site (dist/, built by `npm run build`
// before; `npm run test:e2e` does both) served by `astro preview`, in
// the system Chromium (Playwright's own browser download is not available
// everywhere). CHROMIUM_PATH points at another Chromium binary.
import { defineConfig, devices } from '@playwright/test';

// PORT lets two checkouts (or worktrees) run their suites side by side.
const PORT = Number(process.env.PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // The machines this runs on have two cores.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: 'list',
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
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
    },
  ],
  webServer: {
    command: `npx astro preview --port ${PORT}`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
