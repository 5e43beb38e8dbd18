package leakcheck

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// fakeTB records what check does to a test, so a failing check can be
// tested without failing this test.
type fakeTB struct {
	testing.TB // the real test, for every method not overridden below
	cleanups   []func()
	errors     []string
}

func (f *fakeTB) Cleanup(fn func()) { f.cleanups = append(f.cleanups, fn) }

func (f *fakeTB) Errorf(format string, args ...any) {
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

// finish runs the registered cleanups, last first, as the testing package does.
func (f *fakeTB) finish() {
	for i := len(f.cleanups) - 1; i >= 0; i-- {
		f.cleanups[i]()
	}
}

// blockUntil is a named function so that the leak report can be checked for it.
func blockUntil(release <-chan struct{}) { <-release }

func TestCheckPassesWhenGoroutinesExit(t *testing.T) {
	Check(t) // this test must not leak either

	fake := &fakeTB{TB: t}
	check(fake, time.Second)

	release := make(chan struct{})
	for range 3 {
		go blockUntil(release)
	}
	// The goroutines are still running when the check starts polling and
	// exit shortly after: the check must wait for them, not fail.
	time.AfterFunc(10*time.Millisecond, func() { close(release) })
	fake.finish()

	if len(fake.errors) != 0 {
		t.Errorf("check reported a leak, want none:\n%s", fake.errors[0])
	}
}

func TestCheckReportsLeak(t *testing.T) {
	Check(t)

	fake := &fakeTB{TB: t}
	check(fake, 20*time.Millisecond)

	release := make(chan struct{})
	defer close(release) // end the "leak" so this test itself is clean
	go blockUntil(release)
	fake.finish()

	if len(fake.errors) != 1 {
		t.Fatalf("check reported %d errors, want 1", len(fake.errors))
	}
	msg := fake.errors[0]
	for _, want := range []string{"1 goroutine(s) started during the test still running", "leakcheck.blockUntil"} {
		if !strings.Contains(msg, want) {
			t.Errorf("report does not contain %q:\n%s", want, msg)
		}
	}
	if n := strings.Count(msg, "\ngoroutine "); n != 1 {
		t.Errorf("report shows %d stacks, want only the leaked goroutine's:\n%s", n, msg)
	}
}

// A goroutine that was running before the test and exits during it must not
// hide one that the test leaks, even though the count is back where it was.
func TestCheckSeesLeakBehindExitedGoroutine(t *testing.T) {
	Check(t)

	older := make(chan struct{})
	go blockUntil(older) // running before the check starts

	fake := &fakeTB{TB: t}
	check(fake, 20*time.Millisecond)

	release := make(chan struct{})
	defer close(release)
	go blockUntil(release) // the leak
	close(older)           // the older goroutine exits: the count is unchanged
	fake.finish()

	if len(fake.errors) != 1 {
		t.Fatalf("check reported %d errors, want 1", len(fake.errors))
	}
}
