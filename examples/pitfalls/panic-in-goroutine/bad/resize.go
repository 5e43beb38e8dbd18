//go:build bad

// Package bad lets a panic escape the goroutine it happened in.
package bad

import (
	"context"

	"golang.org/x/sync/errgroup"
)

// region resize-all

// ResizeAll calls resize for every image at once and returns the first
// error. The HTTP handler that calls it recovers panics, so a broken image
// is meant to become a 500 response.
func ResizeAll(ctx context.Context, names []string, resize func(ctx context.Context, name string) error) error {
	g, ctx := errgroup.WithContext(ctx)
	for _, name := range names {
		g.Go(func() error {
			return resize(ctx, name) // [!code highlight]
		})
	}
	return g.Wait()
}

// endregion resize-all
