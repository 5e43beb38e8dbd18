//go:build go1.24

package healthchecks_test

import (
	"context"
	"net"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/test/bufconn"

	"fieldguide.dev/examples/internal/leakcheck"
	healthchecks "fieldguide.dev/examples/patterns/health-checks"
)

// region grpc-test

func TestGRPCHealth(t *testing.T) {
	leakcheck.Check(t)
	lis := bufconn.Listen(1 << 20) // an in-memory listener: no port needed
	srv, hs := healthchecks.NewGRPCServer()
	served := make(chan error, 1)
	go func() { served <- srv.Serve(lis) }()
	defer func() { srv.Stop(); <-served }()

	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) {
			return lis.DialContext(ctx)
		}),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	client := healthpb.NewHealthClient(conn)
	status := func() healthpb.HealthCheckResponse_ServingStatus {
		resp, err := client.Check(t.Context(), &healthpb.HealthCheckRequest{})
		if err != nil {
			t.Fatal(err)
		}
		return resp.GetStatus()
	}

	if got := status(); got != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("at start: %v, want NOT_SERVING", got)
	}
	hs.SetServingStatus("", healthpb.HealthCheckResponse_SERVING) // listening: ready
	if got := status(); got != healthpb.HealthCheckResponse_SERVING {
		t.Errorf("after SetServingStatus: %v, want SERVING", got)
	}
	hs.Shutdown() // shutdown begins: every service reports NOT_SERVING
	if got := status(); got != healthpb.HealthCheckResponse_NOT_SERVING {
		t.Errorf("after Shutdown: %v, want NOT_SERVING", got)
	}
}

// endregion grpc-test
