//go:build go1.24

package gracefulshutdown_test

import (
	"context"
	"net"
	"testing"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/test/bufconn"

	"fieldguide.dev/examples/internal/leakcheck"
	gracefulshutdown "fieldguide.dev/examples/patterns/graceful-shutdown"
)

// region grpc-test

// A Watch stream never ends on its own, so GracefulStop alone would wait
// for ever. ServeGRPC must return after its timeout all the same, and the
// stream must end.
func TestServeGRPCStopsLongStreamsAfterTimeout(t *testing.T) {
	leakcheck.Check(t)
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer()
	hs := health.NewServer()
	healthpb.RegisterHealthServer(srv, hs)

	ctx, cancel := context.WithCancel(t.Context())
	served := make(chan error, 1)
	go func() { served <- gracefulshutdown.ServeGRPC(ctx, lis, srv, hs, 50*time.Millisecond) }()

	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	stream, err := healthpb.NewHealthClient(conn).Watch(t.Context(), &healthpb.HealthCheckRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := stream.Recv(); err != nil { // SERVING: the stream is open
		t.Fatal(err)
	}

	cancel() // what SIGTERM does via signal.NotifyContext
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("ServeGRPC = %v, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("ServeGRPC still waiting for the stream: no deadline on GracefulStop")
	}
	for { // the stream sees NOT_SERVING, then ends with an error
		if _, err := stream.Recv(); err != nil {
			break
		}
	}
}

// endregion grpc-test

func TestServeGRPCReturnsAtOnceWhenIdle(t *testing.T) {
	leakcheck.Check(t)
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	start := time.Now()
	err := gracefulshutdown.ServeGRPC(ctx, bufconn.Listen(1<<10), grpc.NewServer(), nil, time.Hour)
	if err != nil || time.Since(start) > time.Second {
		t.Errorf("idle shutdown: %v after %v, want nil at once", err, time.Since(start))
	}
}
