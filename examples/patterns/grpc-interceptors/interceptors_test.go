//go:build go1.24

package grpcinterceptors_test

import (
	"bytes"
	"context"
	"log/slog"
	"net"
	"strings"
	"sync"
	"testing"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/credentials/insecure"
	"google.golang.org/grpc/health"
	healthpb "google.golang.org/grpc/health/grpc_health_v1"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/grpc/test/bufconn"

	"fieldguide.dev/examples/internal/leakcheck"
	grpcinterceptors "fieldguide.dev/examples/patterns/grpc-interceptors"
)

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// serve runs a server with opts and the standard health service (any
// service will do to exercise interceptors) on an in-memory listener.
func serve(t *testing.T, opts ...grpc.ServerOption) healthpb.HealthClient {
	t.Helper()
	lis := bufconn.Listen(1 << 20)
	srv := grpc.NewServer(opts...)
	healthpb.RegisterHealthServer(srv, health.NewServer())
	served := make(chan error, 1)
	go func() { served <- srv.Serve(lis) }()
	conn, err := grpc.NewClient("passthrough:///bufnet",
		grpc.WithContextDialer(func(ctx context.Context, _ string) (net.Conn, error) { return lis.DialContext(ctx) }),
		grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(); srv.Stop(); <-served })
	return healthpb.NewHealthClient(conn)
}

// region log-test

func TestLoggingCarriesRequestID(t *testing.T) {
	leakcheck.Check(t)
	var logs syncBuffer
	client := serve(t, grpcinterceptors.ServerOptions(slog.New(slog.NewTextHandler(&logs, nil)))...)

	ctx := metadata.AppendToOutgoingContext(t.Context(), "x-request-id", "req-7")
	if _, err := client.Check(ctx, &healthpb.HealthCheckRequest{}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"method=/grpc.health.v1.Health/Check", "code=OK", "request_id=req-7"} {
		if !strings.Contains(logs.String(), want) {
			t.Errorf("log %q lacks %s", logs.String(), want)
		}
	}
}

// endregion log-test

// region order-test

// A panic in an interceptor of the chain, here Logging, whose log handler
// panics, is recovered by the outermost recovery: each call fails with
// Internal and the server keeps serving.
func TestRecoveryIsOutermost(t *testing.T) {
	leakcheck.Check(t)
	client := serve(t, grpcinterceptors.ServerOptions(slog.New(panicOnRPC{slog.DiscardHandler}))...)

	for range 2 {
		if _, err := client.Check(t.Context(), &healthpb.HealthCheckRequest{}); status.Code(err) != codes.Internal {
			t.Errorf("call with a panicking interceptor: %v, want Internal", err)
		}
	}
}

// panicOnRPC is a log handler that panics on Logging's access-log record.
type panicOnRPC struct{ slog.Handler }

func (panicOnRPC) Enabled(context.Context, slog.Level) bool { return true }

func (panicOnRPC) Handle(_ context.Context, r slog.Record) error {
	if r.Message == "rpc" {
		panic("bug in logging")
	}
	return nil
}

// endregion order-test

// A handler that panics is still in the access log, as a failed call: the
// innermost recovery turns the panic into Internal before Logging sees it.
func TestPanickingCallIsLogged(t *testing.T) {
	leakcheck.Check(t)
	var buf bytes.Buffer
	log := slog.New(slog.NewTextHandler(&buf, nil))
	panicky := func(ctx context.Context, req any, info *grpc.UnaryServerInfo, h grpc.UnaryHandler) (any, error) {
		panic("bug in the handler")
	}
	client := serve(t, append(grpcinterceptors.ServerOptions(log), grpc.ChainUnaryInterceptor(panicky))...)
	if _, err := client.Check(t.Context(), &healthpb.HealthCheckRequest{}); status.Code(err) != codes.Internal {
		t.Fatalf("panicking call: %v, want Internal", err)
	}
	if !strings.Contains(buf.String(), "msg=rpc") || !strings.Contains(buf.String(), "code=Internal") {
		t.Errorf("no access-log line with code=Internal:\n%s", buf.String())
	}
}

// The stream chain has its recovery too: a panicking stream interceptor
// fails the call with Internal instead of crashing the server.
func TestStreamRecovery(t *testing.T) {
	leakcheck.Check(t)
	panicky := func(any, grpc.ServerStream, *grpc.StreamServerInfo, grpc.StreamHandler) error {
		panic("bug in a stream interceptor")
	}
	client := serve(t, append(grpcinterceptors.ServerOptions(slog.New(slog.DiscardHandler)), grpc.ChainStreamInterceptor(panicky))...)
	stream, err := client.Watch(t.Context(), &healthpb.HealthCheckRequest{})
	if err == nil {
		_, err = stream.Recv()
	}
	if status.Code(err) != codes.Internal {
		t.Errorf("stream with a panicking interceptor: %v, want Internal", err)
	}
}

func TestRequestIDIsGeneratedWhenMissingOrEmpty(t *testing.T) {
	for _, ctx := range []context.Context{
		t.Context(),
		metadata.NewIncomingContext(t.Context(), metadata.Pairs("x-request-id", "")),
	} {
		var got string
		_, err := grpcinterceptors.RequestID(ctx, nil, &grpc.UnaryServerInfo{},
			func(ctx context.Context, _ any) (any, error) {
				got = grpcinterceptors.RequestIDFrom(ctx)
				return nil, nil
			})
		if err != nil || len(got) < 16 {
			t.Errorf("generated ID %q, %v; want a random ID", got, err)
		}
	}
}
