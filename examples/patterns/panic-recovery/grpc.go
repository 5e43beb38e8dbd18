//go:build go1.24

package panicrecovery

import (
	"context"
	"log/slog"
	"runtime/debug"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// region grpc

// UnaryRecover returns an interceptor that turns a panic in the handler
// (or in interceptors after it in the chain) into a codes.Internal error.
// The named result err is what lets the deferred function replace the
// return value.
func UnaryRecover(log *slog.Logger) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (resp any, err error) {
		defer func() {
			if v := recover(); v != nil {
				logPanic(ctx, log, info.FullMethod, v)
				err = status.Error(codes.Internal, "internal error") // [!code highlight]
			}
		}()
		return handler(ctx, req)
	}
}

// StreamRecover does the same for streaming RPCs.
func StreamRecover(log *slog.Logger) grpc.StreamServerInterceptor {
	return func(srv any, ss grpc.ServerStream, info *grpc.StreamServerInfo, handler grpc.StreamHandler) (err error) {
		defer func() {
			if v := recover(); v != nil {
				logPanic(ss.Context(), log, info.FullMethod, v)
				err = status.Error(codes.Internal, "internal error")
			}
		}()
		return handler(srv, ss)
	}
}

// logPanic logs the panic with its stack; the client only sees a generic
// message, never the panic value.
func logPanic(ctx context.Context, log *slog.Logger, method string, v any) {
	log.ErrorContext(ctx, "panic in RPC",
		slog.String("method", method),
		slog.Any("panic", v),
		slog.String("stack", string(debug.Stack())))
}

// endregion grpc
