// Package pool keeps one connection per host, dialled on first use.
package pool

import (
	"fmt"
	"sync"
)

// Conn is a connection to one host.
type Conn struct{ Host string }

// Dial opens a connection to host, giving up after its own timeout.
type Dial func(host string) (*Conn, error)

// Pool keeps one connection per host. Its methods are safe for concurrent
// use. Create it with NewPool.
type Pool struct {
	dial  Dial
	conns sync.Map // host → *entry
}

// NewPool returns a Pool that opens connections with dial.
func NewPool(dial Dial) *Pool { return &Pool{dial: dial} }

// region get

// entry is a connection being dialled, or dialled: ready is closed once
// conn and err are set.
type entry struct {
	ready chan struct{}
	conn  *Conn
	err   error
}

// Get returns the connection to host, dialling it on first use. Concurrent
// calls for a host share one dial. A failed dial is reported to the calls
// waiting for it, and the next Get dials again.
func (p *Pool) Get(host string) (*Conn, error) {
	v, ok := p.conns.Load(host)
	if !ok {
		var loaded bool
		v, loaded = p.conns.LoadOrStore(host, &entry{ready: make(chan struct{})}) // [!code highlight]
		if !loaded {
			p.fill(host, v.(*entry)) // this call stored the entry, so it dials
		}
	}
	e := v.(*entry)
	<-e.ready // [!code highlight]
	return e.conn, e.err
}

// fill dials host for e and releases the calls waiting for it, also when
// dial panics or calls runtime.Goexit.
func (p *Pool) fill(host string, e *entry) {
	defer close(e.ready) // after the entry is removed, so no later Get finds it failed
	defer func() {
		if r := recover(); r != nil {
			err, _ := r.(error)
			e.err = fmt.Errorf("dial %s: panic: %v: %w", host, r, err)
		}
		if e.conn == nil && e.err == nil { // dial returned nothing, or called runtime.Goexit
			e.err = fmt.Errorf("dial %s: no connection", host)
		}
		if e.err != nil {
			p.conns.CompareAndDelete(host, e) // so that the next Get dials again
		}
	}()
	e.conn, e.err = p.dial(host)
}

// endregion get
