package ratelimiting

import (
	"context"

	"golang.org/x/time/rate"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// region grpc

// UnaryLimit returns a gRPC interceptor that rejects calls beyond the
// limiter's rate with codes.ResourceExhausted, which clients can retry
// with backoff.
func UnaryLimit(l *rate.Limiter) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		if !l.Allow() {
			return nil, status.Errorf(codes.ResourceExhausted, "%s: rate limit exceeded", info.FullMethod)
		}
		return handler(ctx, req)
	}
}

// endregion grpc
