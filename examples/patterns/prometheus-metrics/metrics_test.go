//go:build go1.22

package prometheusmetrics_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	prometheusmetrics "fieldguide.dev/examples/patterns/prometheus-metrics"
)

func TestHistogramIsCumulative(t *testing.T) {
	h := &prometheusmetrics.Histogram{Name: "d", Help: "h", Buckets: []float64{0.1, 1}}
	for _, v := range []float64{0.05, 0.1, 0.5, 3} {
		h.Observe(v)
	}
	rec := httptest.NewRecorder()
	prometheusmetrics.Handler(nil, []*prometheusmetrics.Histogram{h}).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	want := `d_bucket{le="0.1"} 2
d_bucket{le="1"} 3
d_bucket{le="+Inf"} 4
d_sum 3.65
d_count 4
`
	if !strings.HasSuffix(rec.Body.String(), want) {
		t.Errorf("got\n%s\nwant suffix\n%s", rec.Body.String(), want)
	}
}

func TestLabelValuesAreEscaped(t *testing.T) {
	c := &prometheusmetrics.CounterVec{Name: "c", Help: "h", Labels: []string{"path"}}
	c.Inc("a\"b\\c\n")
	rec := httptest.NewRecorder()
	prometheusmetrics.Handler([]*prometheusmetrics.CounterVec{c}, nil).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if !strings.Contains(rec.Body.String(), `c{path="a\"b\\c\n"} 1`) {
		t.Errorf("unescaped label:\n%s", rec.Body.String())
	}
}

func TestConcurrentUse(t *testing.T) {
	c := &prometheusmetrics.CounterVec{Name: "c", Help: "h", Labels: []string{"k"}}
	h := &prometheusmetrics.Histogram{Name: "d", Help: "h", Buckets: []float64{1}}
	done := make(chan struct{})
	for range 8 {
		go func() {
			defer func() { done <- struct{}{} }()
			for range 100 {
				c.Inc("x")
				h.Observe(0.5)
			}
		}()
	}
	for range 8 {
		<-done
	}
	rec := httptest.NewRecorder()
	prometheusmetrics.Handler([]*prometheusmetrics.CounterVec{c}, []*prometheusmetrics.Histogram{h}).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if !strings.Contains(rec.Body.String(), `c{k="x"} 800`) || !strings.Contains(rec.Body.String(), "d_count 800") {
		t.Errorf("lost updates:\n%s", rec.Body.String())
	}
}

// A call with the wrong number of label values panics at the call, and
// the scrape still works.
func TestIncWithWrongLabelCountPanics(t *testing.T) {
	c := &prometheusmetrics.CounterVec{Name: "c", Help: "h", Labels: []string{"method", "code"}}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("Inc with one value for two labels did not panic")
			}
		}()
		c.Inc("GET")
	}()
	rec := httptest.NewRecorder()
	prometheusmetrics.Handler([]*prometheusmetrics.CounterVec{c}, nil).ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if got := rec.Body.String(); got != "# HELP c h\n# TYPE c counter\n" {
		t.Errorf("scrape after the bad call:\n%s", got)
	}
}
