//go:build go1.23

// Package prometheusmetrics exposes counters and a histogram in the
// Prometheus text format using only the standard library, to show what
// the format and the metric types are. Production code uses the official
// client, github.com/prometheus/client_golang, which has the same types.
package prometheusmetrics

import (
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// region counter

// CounterVec counts events, one count per combination of label values.
// Counters only go up; Prometheus computes rates from them.
type CounterVec struct {
	Name, Help string
	Labels     []string // e.g. "method", "code": few values each

	mu     sync.Mutex
	counts map[string]uint64 // key: label values joined by "\xff"
}

// Inc adds one to the count for the given label values, in Labels order.
// A wrong number of values panics here, where the mistake is, rather than
// at every scrape.
func (c *CounterVec) Inc(values ...string) {
	if len(values) != len(c.Labels) {
		panic(fmt.Sprintf("%s: %d label values for %d labels", c.Name, len(values), len(c.Labels)))
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.counts == nil {
		c.counts = make(map[string]uint64)
	}
	c.counts[strings.Join(values, "\xff")]++
}

// endregion counter

// region histogram

// Histogram counts observations (such as request durations in seconds)
// into buckets, so Prometheus can compute quantiles across all replicas.
type Histogram struct {
	Name, Help string
	Buckets    []float64 // upper bounds, ascending; +Inf is implied

	mu     sync.Mutex
	counts []uint64 // per bucket, the last one for +Inf
	sum    float64
}

// Observe records one value.
func (h *Histogram) Observe(v float64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.counts == nil {
		h.counts = make([]uint64, len(h.Buckets)+1)
	}
	i, _ := slices.BinarySearch(h.Buckets, v) // first bucket with bound >= v
	h.counts[i]++
	h.sum += v
}

// endregion histogram

// region handler

// Handler serves the metrics at /metrics in the text exposition format.
func Handler(counters []*CounterVec, histograms []*Histogram) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
		for _, c := range counters {
			c.write(w)
		}
		for _, h := range histograms {
			h.write(w)
		}
	})
}

// endregion handler

func (c *CounterVec) write(w io.Writer) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s counter\n", c.Name, c.Help, c.Name)
	for _, key := range slices.Sorted(maps.Keys(c.counts)) {
		fmt.Fprintf(w, "%s%s %d\n", c.Name, labels(c.Labels, strings.Split(key, "\xff")), c.counts[key])
	}
}

func (h *Histogram) write(w io.Writer) {
	h.mu.Lock()
	defer h.mu.Unlock()
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s histogram\n", h.Name, h.Help, h.Name)
	var cumulative uint64
	for i := range len(h.Buckets) + 1 {
		le := "+Inf"
		if i < len(h.Buckets) {
			le = strconv.FormatFloat(h.Buckets[i], 'g', -1, 64)
		}
		if h.counts != nil {
			cumulative += h.counts[i]
		}
		fmt.Fprintf(w, "%s_bucket{le=%q} %d\n", h.Name, le, cumulative)
	}
	fmt.Fprintf(w, "%s_sum %s\n%s_count %d\n", h.Name, strconv.FormatFloat(h.sum, 'g', -1, 64), h.Name, cumulative)
}

// labels formats {name="value",...}, escaping as the format requires.
func labels(names, values []string) string {
	esc := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = n + `="` + esc.Replace(values[i]) + `"`
	}
	return "{" + strings.Join(parts, ",") + "}"
}
