// Package watermark tracks how far a log has been written, and lets readers
// wait until it reaches the position they need.
package watermark

import (
	"context"
	"sync"
)

// region watermark

// Watermark is a position that only moves forward. Its methods are safe for
// concurrent use. Create it with New: the zero value is not usable.
type Watermark struct {
	mu    sync.Mutex
	moved *sync.Cond // signalled, with mu held, whenever pos moves
	pos   uint64
}

// New returns a Watermark at position 0.
func New() *Watermark {
	w := &Watermark{}
	w.moved = sync.NewCond(&w.mu)
	return w
}

// Advance moves the watermark to pos, if that is further, and wakes every
// waiter to look again.
func (w *Watermark) Advance(pos uint64) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if pos > w.pos {
		w.pos = pos
		w.moved.Broadcast()
	}
}

// WaitFor returns nil once the watermark has reached pos, or the cause of
// ctx's end if ctx ends first.
func (w *Watermark) WaitFor(ctx context.Context, pos uint64) error {
	// Wake the waiters when ctx ends, so that this one sees it. Taking mu
	// means the Broadcast cannot fall between the check of ctx and Wait.
	stop := context.AfterFunc(ctx, func() { // [!code highlight]
		w.mu.Lock()
		defer w.mu.Unlock()
		w.moved.Broadcast()
	})
	defer stop()
	w.mu.Lock()
	defer w.mu.Unlock()
	for w.pos < pos { // [!code highlight]
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		w.moved.Wait() // unlocks mu while it waits, and locks it again
	}
	return nil
}

// endregion watermark
