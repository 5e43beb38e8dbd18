import { test } from 'node:test';
import assert from 'node:assert/strict';

test('loading the site settings turns Astro telemetry off, whatever the environment said', async () => {
  delete process.env.ASTRO_TELEMETRY_DISABLED;
  await import('../../astro.config.mjs');
  assert.equal(process.env.ASTRO_TELEMETRY_DISABLED, '1');
});
