//go:build go1.13

// Package contextvaluestringkey stores a value in a context under an
// unexported key type, which no other package can construct.
package contextvaluestringkey

import "context"

// region key

type requestIDKey struct{} // unexported: only this package can use it

// WithRequestID returns a copy of ctx carrying id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, requestIDKey{}, id) // [!code highlight]
}

// RequestID returns the ID stored by WithRequestID.
func RequestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(requestIDKey{}).(string)
	return id, ok
}

// endregion key
