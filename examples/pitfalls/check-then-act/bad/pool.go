//go:build bad

// Package bad dials a connection when a Load misses, then Stores it.
package bad

import "sync"

// Conn is a connection to one host.
type Conn struct{ Host string }

// Dial opens a connection to host, giving up after its own timeout.
type Dial func(host string) (*Conn, error)

// Pool keeps one connection per host.
type Pool struct {
	dial  Dial
	conns sync.Map // host → *Conn
}

// NewPool returns a Pool that opens connections with dial.
func NewPool(dial Dial) *Pool { return &Pool{dial: dial} }

// region get

// Get returns the connection to host, dialling it on first use.
func (p *Pool) Get(host string) (*Conn, error) {
	if c, ok := p.conns.Load(host); ok {
		return c.(*Conn), nil
	}
	c, err := p.dial(host) // [!code highlight]
	if err != nil {
		return nil, err
	}
	p.conns.Store(host, c) // [!code highlight]
	return c, nil
}

// endregion get
