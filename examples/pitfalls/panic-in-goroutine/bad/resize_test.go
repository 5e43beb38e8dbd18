//go:build bad

package bad

import (
	"context"
	"testing"
)

// region test

func TestResizeAllReturnsAPanicAsAnError(t *testing.T) {
	// Like the handler's recovering middleware: it cannot see a panic in
	// another goroutine.
	defer func() { _ = recover() }()
	err := ResizeAll(t.Context(), []string{"a.png", "broken.png"}, func(_ context.Context, name string) error { // [!code highlight]
		if name == "broken.png" {
			panic("corrupt header in " + name)
		}
		return nil
	})
	if err == nil {
		t.Error("ResizeAll = nil, want the panic as an error")
	}
}

// endregion test
