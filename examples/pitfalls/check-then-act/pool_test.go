package pool

import (
	"errors"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"
)

// fakeDial counts its dials; each takes 10ms, and the first failures fail
// in the given way.
type fakeDial struct {
	dials    atomic.Int32
	failures int32
	fail     string // "error", "panic", "goexit" or "nothing"
}

var errRefused = errors.New("connection refused")

func (d *fakeDial) dial(host string) (*Conn, error) {
	n := d.dials.Add(1)
	time.Sleep(10 * time.Millisecond) // a TCP and TLS handshake
	if n <= d.failures {
		switch d.fail {
		case "panic":
			panic(errRefused)
		case "goexit":
			runtime.Goexit() // what t.FailNow does in a test's fake
		case "nothing":
			return nil, nil
		}
		return nil, errRefused
	}
	return &Conn{Host: host}, nil
}

// errGone marks a Get whose goroutine ended inside it: runtime.Goexit in the
// dial it made.
var errGone = errors.New("Get did not return")

// gets calls Get n times at once and returns what each got.
func gets(p *Pool, n int, host string) ([]*Conn, []error) {
	conns, errs := make([]*Conn, n), make([]error, n)
	for i := range errs {
		errs[i] = errGone
	}
	var wg sync.WaitGroup
	for i := range n {
		wg.Go(func() { conns[i], errs[i] = p.Get(host) })
	}
	wg.Wait()
	return conns, errs
}

func TestConcurrentGetsDialOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		d := &fakeDial{}
		p := NewPool(d.dial)
		conns, errs := gets(p, 8, "db:5432")
		for i := range conns {
			if errs[i] != nil || conns[i] != conns[0] || conns[i].Host != "db:5432" {
				t.Fatalf("Get %d = %v, %v; want the one connection to db:5432", i, conns[i], errs[i])
			}
		}
		if n := d.dials.Load(); n != 1 {
			t.Fatalf("8 concurrent Gets dialled %d connections to one host, want 1", n)
		}
		if c, err := p.Get("db:5432"); err != nil || c != conns[0] || d.dials.Load() != 1 {
			t.Fatalf("a later Get = %v, %v after %d dials; want the same connection, no new dial", c, err, d.dials.Load())
		}
	})
}

// A failed dial reaches every Get waiting for it, however it failed; the
// next Get dials again.
func TestAFailedDialIsNotKept(t *testing.T) {
	for _, fail := range []string{"error", "panic", "goexit", "nothing"} {
		t.Run(fail, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				d := &fakeDial{failures: 1, fail: fail}
				p := NewPool(d.dial)
				conns, errs := gets(p, 4, "db:5432")
				gone := 0
				for i, err := range errs {
					if err == errGone {
						gone++
						continue
					}
					if err == nil || conns[i] != nil || (fail == "error" || fail == "panic") != errors.Is(err, errRefused) {
						t.Fatalf("a Get waiting for a failed dial got %v, %v", conns[i], err)
					}
				}
				if want := map[bool]int{true: 1}[fail == "goexit"]; gone != want {
					t.Fatalf("%d Gets did not return, want %d", gone, want)
				}
				if c, err := p.Get("db:5432"); err != nil || c == nil {
					t.Fatalf("the Get after a failed dial = %v, %v; want a connection", c, err)
				}
				if n := d.dials.Load(); n != 2 {
					t.Fatalf("dialled %d times, want 2", n)
				}
			})
		})
	}
}

func TestHostsAreDialledAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		d := &fakeDial{}
		p := NewPool(d.dial)
		start := time.Now()
		var wg sync.WaitGroup
		for _, host := range []string{"a:1", "b:1", "c:1"} {
			wg.Go(func() {
				if c, err := p.Get(host); err != nil || c.Host != host {
					t.Errorf("Get(%s) = %v, %v", host, c, err)
				}
			})
		}
		wg.Wait()
		if d.dials.Load() != 3 || time.Since(start) != 10*time.Millisecond {
			t.Fatalf("3 hosts took %d dials and %v, want 3 dials at once (10ms)", d.dials.Load(), time.Since(start))
		}
	})
}
