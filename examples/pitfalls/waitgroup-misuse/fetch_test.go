package waitgroupmisuse

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// A panicking fetch crashes the process, as the doc comment says; a test of
// that would run it in a child process. There is no context, partial write
// or overflow to test.

var versions = map[string]func([]string, func(string) string) []string{
	"Go":         FetchAll,
	"Add before": FetchAllBefore125,
}

func TestFetchAllWaitsForEveryFetch(t *testing.T) {
	// One processor, as in the Bad test, where the Bad version fails every time.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	for name, fetchAll := range versions {
		t.Run(name, func(t *testing.T) {
			urls := []string{"/a", "/b", "/c", "/d"}
			got := fetchAll(urls, func(url string) string {
				time.Sleep(10 * time.Millisecond)
				return "body of " + url
			})
			want := []string{"body of /a", "body of /b", "body of /c", "body of /d"}
			if !slices.Equal(got, want) {
				t.Errorf("FetchAll = %q, want %q", got, want)
			}
		})
	}
}

func TestFetchAllEmptyInput(t *testing.T) {
	for name, fetchAll := range versions {
		t.Run(name, func(t *testing.T) {
			for _, urls := range [][]string{nil, {}} {
				got := fetchAll(urls, func(string) string { t.Error("fetch called"); return "" })
				if len(got) != 0 {
					t.Errorf("FetchAll(%q) = %q, want no bodies", urls, got)
				}
			}
		})
	}
}

func TestFetchAllRunsFetchesAtOnce(t *testing.T) {
	// Every fetch waits for all the others to have started: run one at a time, it would hang.
	for name, fetchAll := range versions {
		t.Run(name, func(t *testing.T) {
			const n = 16
			var started sync.WaitGroup
			started.Add(n)
			urls := make([]string, n)
			for i := range urls {
				urls[i] = fmt.Sprint("/", i)
			}
			done := make(chan []string)
			go func() {
				done <- fetchAll(urls, func(url string) string {
					started.Done()
					started.Wait()
					return url
				})
			}()
			select {
			case got := <-done:
				if !slices.Equal(got, urls) {
					t.Errorf("FetchAll = %q, want %q", got, urls)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("FetchAll ran the fetches one at a time")
			}
		})
	}
}

func TestFetchAllCallsAreIndependent(t *testing.T) {
	// The first call's fetch waits until the second call has returned: calls
	// that shared a WaitGroup would wait for each other for ever.
	for name, fetchAll := range versions {
		t.Run(name, func(t *testing.T) {
			secondDone := make(chan struct{})
			firstDone := make(chan []string)
			go func() {
				firstDone <- fetchAll([]string{"/first"}, func(url string) string {
					<-secondDone
					return url
				})
			}()
			secondResult := make(chan []string)
			go func() {
				defer close(secondDone)
				secondResult <- fetchAll([]string{"/second"}, func(url string) string { return url })
			}()
			for _, want := range []string{"/second", "/first"} {
				var got []string
				select {
				case got = <-secondResult:
				case got = <-firstDone:
				case <-time.After(5 * time.Second):
					t.Fatalf("FetchAll for %s did not return: the calls wait for each other", want)
				}
				if !slices.Equal(got, []string{want}) {
					t.Errorf("FetchAll = %q, want [%q]", got, want)
				}
			}
		})
	}
}

func TestFetchAllConcurrentCallers(t *testing.T) {
	for name, fetchAll := range versions {
		t.Run(name, func(t *testing.T) {
			var calls atomic.Int64
			var callers sync.WaitGroup
			for c := range 8 {
				callers.Go(func() {
					urls := []string{fmt.Sprint("/", c, "/x"), fmt.Sprint("/", c, "/y")}
					got := fetchAll(urls, func(url string) string { calls.Add(1); return url })
					if !slices.Equal(got, urls) {
						t.Errorf("caller %d: FetchAll = %q, want %q", c, got, urls)
					}
				})
			}
			callers.Wait()
			if calls.Load() != 16 {
				t.Errorf("fetch called %d times, want 16", calls.Load())
			}
		})
	}
}
