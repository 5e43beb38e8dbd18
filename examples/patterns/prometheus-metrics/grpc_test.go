//go:build go1.25

package prometheusmetrics_test

import (
	"context"
	"net/http/httptest"
	"strings"
	"testing"
	"testing/synctest"
	"time"

	"google.golang.org/grpc"

	prometheusmetrics "fieldguide.dev/examples/patterns/prometheus-metrics"
)

// Three calls of 10 ms each, on synctest's fake clock so the durations are
// exact: the histogram holds them in seconds, in the right bucket.
func TestUnaryMetricsTimesCallsInSeconds(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		requests := &prometheusmetrics.CounterVec{Name: "calls", Help: "h", Labels: []string{"method", "code"}}
		seconds := &prometheusmetrics.Histogram{Name: "secs", Help: "h", Buckets: []float64{0.005, 0.05}}
		intercept := prometheusmetrics.UnaryMetrics(requests, seconds)
		info := &grpc.UnaryServerInfo{FullMethod: "/m"}
		slow := func(context.Context, any) (any, error) { time.Sleep(10 * time.Millisecond); return nil, nil }
		for range 3 {
			intercept(t.Context(), nil, info, slow)
		}
		want := `secs_bucket{le="0.005"} 0
secs_bucket{le="0.05"} 3
secs_bucket{le="+Inf"} 3
secs_sum 0.03
secs_count 3
`
		if got := scrape(nil, seconds); !strings.HasSuffix(got, want) {
			t.Errorf("got\n%s\nwant suffix\n%s", got, want)
		}
	})
}

// A panicking handler is counted and timed, as Internal, and the panic
// reaches the recovery interceptor outside.
func TestUnaryMetricsCountsPanics(t *testing.T) {
	requests := &prometheusmetrics.CounterVec{Name: "calls", Help: "h", Labels: []string{"method", "code"}}
	seconds := &prometheusmetrics.Histogram{Name: "secs", Help: "h", Buckets: []float64{1}}
	intercept := prometheusmetrics.UnaryMetrics(requests, seconds)
	info := &grpc.UnaryServerInfo{FullMethod: "/m"}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the handler's panic was swallowed")
			}
		}()
		intercept(t.Context(), nil, info, func(context.Context, any) (any, error) { panic("bug") })
	}()
	got := scrape([]*prometheusmetrics.CounterVec{requests}, seconds)
	for _, line := range []string{`calls{method="/m",code="Internal"} 1`, "secs_count 1"} {
		if !strings.Contains(got, line+"\n") {
			t.Errorf("metrics lack %q:\n%s", line, got)
		}
	}
}

func scrape(counters []*prometheusmetrics.CounterVec, histograms ...*prometheusmetrics.Histogram) string {
	rec := httptest.NewRecorder()
	prometheusmetrics.Handler(counters, histograms).ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	return rec.Body.String()
}
