//go:build go1.24

// Package contextvalues shows request-scoped values in a context: an
// unexported key type, so no other package can read or overwrite the value
// by accident, and typed accessors, so callers never see the key.
package contextvalues

import (
	"context"
	"crypto/rand"
	"net/http"
	"strings"
)

// region key

// ctxKey is unexported: only this package can build a key of this type, so
// no other package's value can collide with ours, even one that also uses
// the name "request_id".
type ctxKey struct{} // [!code highlight]

// WithRequestID returns a copy of ctx that carries id.
func WithRequestID(ctx context.Context, id string) context.Context {
	return context.WithValue(ctx, ctxKey{}, id)
}

// RequestID returns the request ID stored in ctx, if any.
func RequestID(ctx context.Context) (string, bool) {
	id, ok := ctx.Value(ctxKey{}).(string)
	return id, ok
}

// endregion key

// region middleware

// Middleware takes the request ID from the X-Request-ID header, or creates
// one if the caller sent none or an unusable one, and stores it in the
// request's context for every handler and log line downstream. The header
// comes from the client: it is kept only if it is a short token, so nobody
// can put a megabyte or a forged log line into every log entry.
func Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !validID(id) { // [!code highlight]
			id = rand.Text() // Go 1.24: a random base32 string; never fails
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(WithRequestID(r.Context(), id)))
	})
}

// validID reports whether id is 1 to 64 ASCII letters, digits, '-' or '_':
// enough for UUIDs and the IDs proxies generate, and nothing that can break
// a log line or a header.
func validID(id string) bool {
	if len(id) == 0 || len(id) > 64 {
		return false
	}
	for _, c := range []byte(id) {
		if !strings.ContainsRune(idChars, rune(c)) {
			return false
		}
	}
	return true
}

const idChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// endregion middleware
