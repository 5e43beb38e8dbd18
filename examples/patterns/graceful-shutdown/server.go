// Package gracefulshutdown runs an HTTP server that, when asked to stop,
// stops accepting connections but lets the requests it is serving finish.
package gracefulshutdown

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"time"
)

// ShutdownTimeout bounds how long Serve waits for in-flight requests once
// ctx is cancelled. Keep it below the grace period of whatever stops the
// process: Kubernetes, for one, sends SIGKILL 30 seconds after SIGTERM.
const ShutdownTimeout = 20 * time.Second

// region run

// Run listens on addr and serves h until ctx is cancelled; see Serve.
func Run(ctx context.Context, addr string, h http.Handler) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return Serve(ctx, ln, h)
}

// endregion run

// region serve

// Serve serves h on ln until ctx is cancelled, then shuts down gracefully:
// it closes ln, waits up to ShutdownTimeout for in-flight requests to
// finish, and returns nil. Requests do not see ctx's cancellation, so a
// signal does not abort the work they are doing.
func Serve(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute}

	serveErr := make(chan error, 1) // buffered: the goroutine never blocks
	go func() { serveErr <- srv.Serve(ln) }()

	select {
	case err := <-serveErr:
		return err // the server failed before we were asked to stop
	case <-ctx.Done():
	}

	// ctx is already cancelled, so the shutdown needs a deadline of its own.
	shutdownCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil { // [!code highlight]
		srv.Close() // out of time: drop the connections still open
		return fmt.Errorf("graceful shutdown: %w", err)
	}
	return nil
}

// endregion serve
