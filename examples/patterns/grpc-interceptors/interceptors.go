//go:build go1.24

// Package grpcinterceptors adds logging, request IDs and panic recovery to
// every method of a gRPC server, in a chain whose order is explicit.
package grpcinterceptors

import (
	"context"
	"crypto/rand"
	"log/slog"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"

	panicrecovery "fieldguide.dev/examples/patterns/panic-recovery"
)

// region options

// ServerOptions returns the interceptor chains for a server. The first
// interceptor is the outermost. Recovery comes twice: innermost, so that a
// handler's panic becomes an Internal error that Logging records like any
// other failed call, and outermost, so that a panic in an interceptor is
// recovered too. The stream chain gets the same protection as the unary
// one.
func ServerOptions(log *slog.Logger) []grpc.ServerOption {
	return []grpc.ServerOption{
		grpc.ChainUnaryInterceptor(
			panicrecovery.UnaryRecover(log), // outermost: panics in the interceptors
			RequestID,
			Logging(log),
			panicrecovery.UnaryRecover(log), // innermost: the handler's panics, before Logging sees the result // [!code highlight]
		),
		grpc.ChainStreamInterceptor(
			panicrecovery.StreamRecover(log),
		),
	}
}

// endregion options

// region request-id

// requestIDKey is the context key for the request ID. An unexported type
// cannot collide with keys from other packages (staticcheck SA1029 reports
// built-in types such as string used as keys).
type requestIDKey struct{}

// RequestIDFrom returns the request ID stored by RequestID, or "".
func RequestIDFrom(ctx context.Context) string {
	id, _ := ctx.Value(requestIDKey{}).(string)
	return id
}

// RequestID takes the caller's x-request-id from the incoming metadata, so
// one ID follows a request across services, and makes one only if there
// is none or it is empty. rand.Text is Go 1.24.
func RequestID(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
	var id string
	if md, ok := metadata.FromIncomingContext(ctx); ok && len(md.Get("x-request-id")) > 0 {
		id = md.Get("x-request-id")[0]
	}
	if id == "" {
		id = rand.Text()
	}
	return handler(context.WithValue(ctx, requestIDKey{}, id), req)
}

// endregion request-id

// region logging

// Logging logs one record per call with the method, the status code, the
// duration and the request ID.
func Logging(log *slog.Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		start := time.Now()
		resp, err := handler(ctx, req)
		log.InfoContext(ctx, "rpc",
			slog.String("method", info.FullMethod),
			slog.String("code", status.Code(err).String()),
			slog.Duration("duration", time.Since(start)),
			slog.String("request_id", RequestIDFrom(ctx)))
		return resp, err
	}
}

// endregion logging
