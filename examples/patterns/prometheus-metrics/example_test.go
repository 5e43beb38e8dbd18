//go:build go1.24

package prometheusmetrics_test

import (
	"context"
	"net/http/httptest"
	"os"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	prometheusmetrics "fieldguide.dev/examples/patterns/prometheus-metrics"
)

// region example

func Example() {
	requests := &prometheusmetrics.CounterVec{
		Name: "grpc_server_handled_total", Help: "RPCs completed, by method and code.",
		Labels: []string{"method", "code"},
	}
	seconds := &prometheusmetrics.Histogram{
		Name: "grpc_server_handling_seconds", Help: "RPC duration.",
		Buckets: []float64{0.005, 0.05, 0.5},
	}
	intercept := prometheusmetrics.UnaryMetrics(requests, seconds)
	info := &grpc.UnaryServerInfo{FullMethod: "/users.v1.Users/GetUser"}
	found := func(context.Context, any) (any, error) { return "Ada", nil }
	missing := func(context.Context, any) (any, error) { return nil, status.Error(codes.NotFound, "no such user") }
	intercept(context.Background(), nil, info, found)
	intercept(context.Background(), nil, info, found)
	intercept(context.Background(), nil, info, missing)

	rec := httptest.NewRecorder()
	prometheusmetrics.Handler(
		[]*prometheusmetrics.CounterVec{requests}, nil,
	).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	os.Stdout.Write(rec.Body.Bytes())
	// Output:
	// # HELP grpc_server_handled_total RPCs completed, by method and code.
	// # TYPE grpc_server_handled_total counter
	// grpc_server_handled_total{method="/users.v1.Users/GetUser",code="NotFound"} 1
	// grpc_server_handled_total{method="/users.v1.Users/GetUser",code="OK"} 2
}

// endregion example
