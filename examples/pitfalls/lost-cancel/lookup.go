// Package lookup asks a resolver a question with a deadline of its own.
package lookup

import (
	"context"
	"time"
)

// Resolver answers one question, stopping when ctx ends.
type Resolver func(ctx context.Context, name string) (string, error)

// region lookup

// Lookup asks resolve about name, giving it at most two seconds.
func Lookup(ctx context.Context, resolve Resolver, name string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel() // [!code highlight]
	return resolve(ctx, name)
}

// endregion lookup
