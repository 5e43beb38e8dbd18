//go:build go1.24

package healthchecks

import (
	"google.golang.org/grpc"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
)

// region grpc

// NewGRPCServer returns a gRPC server with the standard health service
// (grpc.health.v1.Health, with Check and Watch) registered. The overall
// status, service name "", starts as NOT_SERVING: the caller sets SERVING
// once it is listening, and calls hs.Shutdown, which sets every service to
// NOT_SERVING, when shutdown begins.
func NewGRPCServer(opts ...grpc.ServerOption) (*grpc.Server, *health.Server) {
	srv := grpc.NewServer(opts...)
	hs := health.NewServer()
	hs.SetServingStatus("", healthpb.HealthCheckResponse_NOT_SERVING) // [!code highlight]
	healthpb.RegisterHealthServer(srv, hs)
	return srv, hs
}

// endregion grpc
