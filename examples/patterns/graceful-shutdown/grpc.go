//go:build go1.24

package gracefulshutdown

import (
	"context"
	"errors"
	"net"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
)

// region grpc

// ServeGRPC serves srv on lis until ctx is cancelled, then shuts down:
// hs reports NOT_SERVING to health checkers (if hs is not nil), and
// GracefulStop stops accepting calls and waits for the running ones. A
// long-lived stream would keep GracefulStop waiting for ever, so after
// timeout Stop cancels whatever is still running.
func ServeGRPC(ctx context.Context, lis net.Listener, srv *grpc.Server, hs *health.Server, timeout time.Duration) error {
	serveErr := make(chan error, 1)
	go func() { serveErr <- srv.Serve(lis) }()

	select {
	case err := <-serveErr:
		return err // the server failed before we were asked to stop
	case <-ctx.Done():
	}

	if hs != nil {
		hs.Shutdown() // every service now reports NOT_SERVING
	}
	stopped := make(chan struct{})
	go func() {
		srv.GracefulStop()
		close(stopped)
	}()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-stopped:
	case <-timer.C:
		srv.Stop() // out of time: close connections, cancel RPCs // [!code highlight]
		<-stopped  // GracefulStop returns once Stop has finished
	}
	// Serve returns nil after GracefulStop or Stop, or ErrServerStopped if
	// the stop came before Serve had started.
	if err := <-serveErr; !errors.Is(err, grpc.ErrServerStopped) {
		return err
	}
	return nil
}

// endregion grpc
