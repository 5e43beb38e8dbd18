// The search-quality table: queries a Go developer types (IDs, check IDs,
// identifiers, error messages, symptoms) and the entry that must be among
// the first three results. It prints the top-1 and top-3 hit rates.
import { expect, test } from '@playwright/test';

const TABLE: [query: string, expected: string][] = [
  ['R2.1', '/rubric/concurrency/#r2-1'],
  ['rf2.3', '/rubric/concurrency/#rf2-3'],
  ['R4.2', '/rubric/production-readiness/#r4-2'],
  ['SA1029', '/pitfalls/context-value-string-key/'],
  ['SA6002', '/pitfalls/sync-pool-non-pointer/'],
  ['errgroup', '/patterns/errgroup/'],
  ['errgroup.SetLimit', '/patterns/bounded-concurrency/'],
  ['range over channel hangs', '/pitfalls/range-over-unclosed-channel/'],
  ['send on closed channel', '/pitfalls/send-on-closed-channel/'],
  ['goroutine leak', '/pitfalls/goroutine-leak/'],
  ['WARNING: DATA RACE', '/pitfalls/data-race/'],
  ['all goroutines are asleep - deadlock', '/pitfalls/deadlock/'],
  ['assignment to entry in nil map', '/pitfalls/nil-map-write/'],
  ['invalid memory address or nil pointer dereference', '/pitfalls/nil-pointer-dereference/'],
  ['sync.Pool', '/patterns/sync-pool/'],
  ['%w', '/patterns/error-wrapping/'],
  ['-race', '/patterns/race-detector/'],
  ['worker pool', '/patterns/worker-pool/'],
  ['graceful shutdown', '/patterns/graceful-shutdown/'],
  ['functional options', '/patterns/functional-options/'],
  ['table-driven tests', '/patterns/table-driven-tests/'],
  ['b.Loop', '/patterns/benchmarks/'],
  ['loop variable captured by closure', '/pitfalls/loop-variable-capture/'],
  ['circuit breaker', '/patterns/circuit-breaker/'],
  ['errors.As', '/patterns/custom-error-types/'],
  ['comparing errors with ==', '/pitfalls/error-equality-comparison/'],
  ['context stored in struct', '/pitfalls/context-in-struct/'],
  ['time.After leak', '/pitfalls/time-after-leak/'],
  ['unlock not deferred', '/pitfalls/unlock-not-deferred/'],
  ['pprof', '/patterns/profiling/'],
  ['escape analysis', '/patterns/escape-analysis/'],
  ['GOMAXPROCS', '/patterns/runtime-tuning/'],
  ['slog', '/patterns/structured-logging/'],
  ['health check', '/patterns/health-checks/'],
  ['http middleware', '/patterns/http-middleware/'],
  ['rate limiting', '/patterns/rate-limiting/'],
  ['retry with backoff', '/patterns/retry-with-backoff/'],
  ['go get to install tools', '/pitfalls/go-get-to-install-tools/'],
  ['missing go.sum entry', '/pitfalls/missing-go-sum/'],
  ['large interfaces', '/pitfalls/large-interfaces/'],
  ['ignored errors', '/pitfalls/ignored-errors/'],
  ['t.Fatal from a goroutine', '/pitfalls/fatal-from-goroutine/'],
  ['semaphore', '/patterns/bounded-concurrency/'],
  ['deadlock', '/pitfalls/deadlock/'],
  ['http.Server timeouts', '/pitfalls/http-server-without-timeouts/'],
  ['goroutine-leak', '/pitfalls/goroutine-leak/'],
];

test('the quality table: every expected entry is in the first three results', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/search/');
  const panel = page.locator('[data-search-page]');
  const box = panel.getByRole('combobox', { name: /Search patterns/ });
  const status = panel.getByRole('status');
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  for (const [query, expected] of TABLE) {
    await box.fill(query);
    await expect(status).toContainText(`for “${query}”`);
    const hrefs = await panel.getByRole('listbox', { name: 'Search results' }).getByRole('link').evaluateAll((links) => links.slice(0, 3).map((link) => link.getAttribute('href')));
    if (hrefs[0] === expected) top1++;
    if (hrefs.includes(expected)) top3++;
    else misses.push(`${query} → ${hrefs.join(', ')} (want ${expected})`);
  }
  console.log(`search quality: top-1 ${top1}/${TABLE.length} (${((100 * top1) / TABLE.length).toFixed(0)}%), top-3 ${top3}/${TABLE.length} (${((100 * top3) / TABLE.length).toFixed(0)}%)`);
  expect(TABLE.length).toBeGreaterThanOrEqual(40);
  expect(misses).toEqual([]);
});
