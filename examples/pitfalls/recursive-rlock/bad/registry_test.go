//go:build bad

package bad

import (
	"fmt"
	"runtime"
	"testing"
	"time"
)

// region test

func TestResolveWhileServicesChange(t *testing.T) {
	// Two processors, so that Set can call Lock while Resolve holds its read lock.
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
	// The round that deadlocks varies from run to run, so the message leaves it out.
	for range 1000 {
		done := make(chan struct{})
		go func() {
			defer close(done)
			r.Resolve(names) // [!code highlight]
		}()
		select {
		case <-done:
		case <-time.After(2 * time.Second):
			t.Fatal("Resolve has not returned after 2s: deadlocked")
		}
	}
}

// endregion test
