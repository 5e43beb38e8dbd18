//go:build bad

// Package bad stores a context value under a string key.
package bad

import "context"

// region key

// WithRequestID returns a copy of ctx carrying id.
//
// BUG: the key is a plain string. Any package that also uses "request_id"
// reads or overwrites this value, and nothing tells them apart.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, "request_id", id) // [!code highlight]
}

// RequestID returns the ID stored by WithRequestID.
func RequestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value("request_id").(string)
	return id, ok
}

// endregion key
