// Package leakcheck fails a test that leaves goroutines running.
//
// It is a tiny, standard-library-only stand-in for go.uber.org/goleak. It
// compares the goroutines running after a test with those running before,
// so do not use it in tests that call t.Parallel: goroutines started by
// tests running alongside would be reported too.
package leakcheck

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
)

// region check

// Check fails t if goroutines that the test started are still running once
// it has finished. They get up to two seconds to wind down, since a
// goroutine that has been told to stop needs a moment to actually return.
//
// Call it first thing in a test, before any goroutine is started:
//
//	func TestWorker(t *testing.T) {
//		leakcheck.Check(t)
//		...
//	}
func Check(t testing.TB) {
	t.Helper()
	check(t, 2*time.Second)
}

func check(t testing.TB, timeout time.Duration) {
	t.Helper()
	existing := make(map[string]bool)
	for _, s := range stacks() {
		existing[id(s)] = true
	}

	// Cleanups run after the test function and its defers have returned.
	t.Cleanup(func() {
		t.Helper() // report the failure at the test's call to Check
		deadline := time.Now().Add(timeout)
		wait := time.Millisecond
		leaked := newSince(existing)
		for len(leaked) > 0 && time.Now().Before(deadline) {
			time.Sleep(wait)
			wait = min(2*wait, 50*time.Millisecond)
			leaked = newSince(existing)
		}
		if len(leaked) > 0 {
			t.Errorf("leakcheck: %d goroutine(s) started during the test still running (%d running in all):\n\n%s",
				len(leaked), runtime.NumGoroutine(), trim(leaked))
		}
	})
}

// endregion check

// maxShown caps how many goroutine stacks a failure prints.
const maxShown = 10

// newSince returns the stacks of the goroutines that are not in existing,
// leaving out the calling goroutine.
func newSince(existing map[string]bool) []string {
	var out []string
	for _, s := range stacks()[1:] { // stacks()[0] is the caller's own
		if !existing[id(s)] {
			out = append(out, s)
		}
	}
	return out
}

// trim joins at most maxShown stacks.
func trim(stacks []string) string {
	if len(stacks) > maxShown {
		stacks = append(stacks[:maxShown:maxShown], fmt.Sprintf("... and %d more", len(stacks)-maxShown))
	}
	return strings.Join(stacks, "\n\n")
}

// stacks returns the stack of every goroutine, one string per goroutine.
func stacks() []string {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return strings.Split(strings.TrimSpace(string(buf[:n])), "\n\n")
		}
		buf = make([]byte, 2*len(buf))
	}
}

// id returns "goroutine N" from a stack that starts "goroutine N [state]:".
// Goroutine IDs are never reused, so the ID identifies the goroutine.
func id(stack string) string {
	header, _, _ := strings.Cut(stack, " [")
	return header
}
