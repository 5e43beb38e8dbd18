//go:build bad

// Package bad gives each lookup a deadline and never cancels it.
package bad

import (
	"context"
	"time"
)

// Resolver answers one question, stopping when ctx ends.
type Resolver func(ctx context.Context, name string) (string, error)

// region lookup

// Lookup asks resolve about name, giving it at most two seconds.
func Lookup(ctx context.Context, resolve Resolver, name string) (string, error) {
	ctx, _ = context.WithTimeout(ctx, 2*time.Second) // [!code highlight]
	return resolve(ctx, name)
}

// endregion lookup
