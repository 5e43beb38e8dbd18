package recursiverlock

import (
	"fmt"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

func TestResolveWhileServicesChange(t *testing.T) {
	// Two processors, as in the Bad test, where the Bad version deadlocks.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
	var r Registry
	names := make([]string, 1000)
	for i := range names {
		names[i] = fmt.Sprint("svc-", i)
		r.Set(names[i], []string{"10.0.0.1:80"})
	}
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
				r.Set("svc-0", []string{"10.0.0.2:80"})
			}
		}
	}()
	for round := range 1000 {
		done := make(chan struct{})
		go func() {
			defer close(done)
			r.Resolve(names)
		}()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatalf("round %d: Resolve has not returned after 2s: deadlocked", round)
		}
	}
}

func TestResolveSeesOneMoment(t *testing.T) {
	// Two processors, so that the writer can run while Resolve reads.
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(max(2, runtime.GOMAXPROCS(0))))
	var r Registry
	names := make([]string, 100)
	for i := range names {
		names[i] = fmt.Sprint("svc-", i)
	}
	setAll := func(v string) { // moves every service at one moment
		r.mu.Lock()
		defer r.mu.Unlock()
		if r.services == nil {
			r.services = make(map[string][]string)
		}
		for _, n := range names {
			r.services[n] = []string{v}
		}
	}
	setAll("v0")
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		for i := 1; ; i++ {
			select {
			case <-stop:
				return
			default:
				setAll(fmt.Sprint("v", i))
			}
		}
	})
	defer wg.Wait()
	defer close(stop)
	for range 1000 {
		got := r.Resolve(names)
		for _, n := range names[1:] {
			if !slices.Equal(got[n], got[names[0]]) {
				t.Fatalf("Resolve: %s = %v but %s = %v: read at different moments", names[0], got[names[0]], n, got[n])
			}
		}
	}
}

func TestZeroRegistryAndUnknownNames(t *testing.T) {
	var r Registry
	if got := r.Addrs("none"); got != nil {
		t.Errorf("Addrs on a zero Registry = %v, want nil", got)
	}
	got := r.Resolve([]string{"x", "x"})
	if len(got) != 1 || got["x"] != nil {
		t.Errorf("Resolve(x, x) = %v, want one entry with no addresses", got)
	}
	if got := r.Resolve(nil); len(got) != 0 {
		t.Errorf("Resolve(nil) = %v, want empty", got)
	}
}

func TestReturnedSlicesAreCopies(t *testing.T) {
	var r Registry
	addrs := []string{"10.0.0.1:80"}
	r.Set("a", addrs)
	addrs[0] = "changed by the caller"
	got := r.Addrs("a")
	got[0] = "changed again"
	r.Resolve([]string{"a"})["a"][0] = "and again"
	if want := []string{"10.0.0.1:80"}; !slices.Equal(r.Addrs("a"), want) {
		t.Errorf("Addrs(a) = %v after callers changed their copies, want %v", r.Addrs("a"), want)
	}
}
