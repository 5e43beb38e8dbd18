//go:build go1.1

// Package nilchannel makes every channel before use, and uses a nil
// channel on purpose only to switch off a select case.
package nilchannel

import "sync"

// region stopper

// Stopper tells goroutines to stop by closing done. Create it with New.
type Stopper struct {
	done chan struct{}
	once sync.Once
}

// New returns a Stopper with its channel made: the zero value of a
// channel is nil, and a nil channel blocks forever.
func New() *Stopper {
	return &Stopper{done: make(chan struct{})} // [!code highlight]
}

// Done is closed when Stop is called.
func (s *Stopper) Done() <-chan struct{} { return s.done }

// Stop tells every goroutine watching Done to stop. It may be called any
// number of times, from any goroutine: closing a closed channel panics, so
// only the first call closes done.
func (s *Stopper) Stop() { s.once.Do(func() { close(s.done) }) }

// endregion stopper
