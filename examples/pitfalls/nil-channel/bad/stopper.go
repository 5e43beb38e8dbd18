//go:build bad

// Package bad uses a channel that was never made: its value is nil.
package bad

// region stopper

// Stopper tells goroutines to stop by closing done.
type Stopper struct {
	done chan struct{}
}

// New returns a Stopper.
//
// BUG: done is never made, so it is nil. Receiving from a nil channel
// blocks forever, so Done never fires, and Stop panics with
// "close of nil channel".
func New() *Stopper {
	return &Stopper{} // [!code highlight]
}

// Done is closed when Stop is called.
func (s *Stopper) Done() <-chan struct{} { return s.done }

// Stop tells every goroutine watching Done to stop.
func (s *Stopper) Stop() { close(s.done) }

// endregion stopper
