//go:build go1.24

package prometheusmetrics

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// region grpc

// UnaryMetrics counts calls by method and status code and records their
// durations. The label is the code's name (OK, NotFound, Internal…), more
// useful on a dashboard than success or error. A handler that panics is
// counted as Internal, the code a recovery interceptor turns it into, and
// the panic goes on.
func UnaryMetrics(requests *CounterVec, seconds *Histogram) grpc.UnaryServerInterceptor {
	return func(ctx context.Context, req any, info *grpc.UnaryServerInfo, handler grpc.UnaryHandler) (any, error) {
		start := time.Now()
		code := codes.Internal.String() // until the handler returns
		defer func() {
			requests.Inc(info.FullMethod, code)
			seconds.Observe(time.Since(start).Seconds())
		}()
		resp, err := handler(ctx, req)
		code = status.Code(err).String() // [!code highlight]
		return resp, err
	}
}

// endregion grpc
