//go:build go1.1

// Package nilchannel makes every channel before use, and uses a nil
// channel on purpose only to switch off a select case.
package nilchannel

// region stopper

// Stopper tells goroutines to stop by closing done.
type Stopper struct {
	done chan struct{}
}

// New returns a Stopper with its channel made: the zero value of a
// channel is nil, and a nil channel blocks forever.
func New() *Stopper {
	return &Stopper{done: make(chan struct{})} // [!code highlight]
}

// Done is closed when Stop is called.
func (s *Stopper) Done() <-chan struct{} { return s.done }

// Stop tells every goroutine watching Done to stop. Call it once: closing
// a closed channel panics too.
func (s *Stopper) Stop() { close(s.done) }

// endregion stopper
