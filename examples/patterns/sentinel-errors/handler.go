//go:build go1.22

package sentinelerrors

import (
	"errors"
	"log/slog"
	"net/http"
)

// region handler

// UserHandler maps the store's sentinel errors to HTTP status codes.
// errors.Is sees through the wrapping that Get added; == would not.
func UserHandler(s *Store) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		u, err := s.Get(r.PathValue("id"))
		switch {
		case errors.Is(err, ErrNotFound): // [!code highlight]
			http.Error(w, "user not found", http.StatusNotFound)
			return
		case err != nil:
			slog.Error("get user", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		// Plain text: without a Content-Type, net/http sniffs one, and a name
		// such as "<script>…" would be served as text/html.
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		if _, err := w.Write([]byte(u.Name)); err != nil {
			slog.Warn("write response", "err", err)
		}
	})
}

// endregion handler
