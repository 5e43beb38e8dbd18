//go:build go1.21

package contextpropagation

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"time"
)

// region handler

// ProxyHandler fetches upstream within the request's context, so a client
// that disconnects cancels the upstream call too. The whole operation gets
// at most budget; running out of it is reported as 504.
func ProxyHandler(c *Client, upstream string, budget time.Duration) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), budget)
		defer cancel()

		body, err := c.Fetch(ctx, upstream)
		switch {
		case errors.Is(err, context.DeadlineExceeded): // [!code highlight]
			http.Error(w, "upstream timed out", http.StatusGatewayTimeout)
			return
		case err != nil:
			slog.ErrorContext(ctx, "proxy", "err", err)
			http.Error(w, "upstream failed", http.StatusBadGateway)
			return
		}
		if _, err := w.Write(body); err != nil {
			slog.WarnContext(ctx, "write response", "err", err)
		}
	})
}

// endregion handler
