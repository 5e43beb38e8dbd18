// Package goroutinepanic turns a panic in a goroutine into an error for
// the goroutine that waits.
package goroutinepanic

import (
	"context"
	"fmt"
	"log/slog"
	"runtime/debug"

	"golang.org/x/sync/errgroup"
)

// region resize-all

// ResizeAll calls resize for every image at once and returns the first
// error. A panic in resize is logged and comes back as a *PanicError, and
// cancels the others' context as an error does.
func ResizeAll(ctx context.Context, names []string, resize func(ctx context.Context, name string) error) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, name := range names {
		g.Go(func() (err error) {
			defer func() { // [!code highlight]
				if v := recover(); v != nil { // [!code highlight]
					perr := &PanicError{Name: name, Value: v, Stack: debug.Stack()} // [!code highlight]
					// Wait returns only the first error: log each panic, so none is lost.
					slog.ErrorContext(ctx, "resize panicked", "image", name, "panic", v, "stack", string(perr.Stack))
					err = perr // [!code highlight]
				}
			}()
			return resize(ctx, name)
		})
	}
	return g.Wait()
}

// endregion resize-all

// region panic-error

// A PanicError is a panic recovered from resize, with the stack of the
// goroutine where it happened.
type PanicError struct {
	Name  string
	Value any
	Stack []byte // [!code highlight]
}

func (e *PanicError) Error() string {
	return fmt.Sprintf("resize %s: panic: %v", e.Name, e.Value)
}

// Unwrap returns the panic value if it is an error, such as a runtime.Error.
func (e *PanicError) Unwrap() error {
	err, _ := e.Value.(error) // [!code highlight]
	return err
}

// endregion panic-error
